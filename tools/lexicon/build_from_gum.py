"""Builds data/lexicon/english-words.tsv from GUM CoNLL-U files.

Usage: python3 build_from_gum.py GUM_DIR OUT_TSV

Only genres whose texts are CC BY or CC BY-SA are read (academic, bio, court, interview, news, voyage);
the non-commercial genres are skipped so the list can be shipped. Each row: a lower-cased word form, its
most frequent universal POS tag, its lemma under that tag, and how often it occurs.
"""
import collections
import pathlib
import sys

OPEN_GENRES = ("academic", "bio", "court", "interview", "news", "voyage")


def main(gum_dir: str, out_path: str) -> None:
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    files = sorted(p for p in pathlib.Path(gum_dir).glob("GUM_*.conllu") if p.name.split("_")[1] in OPEN_GENRES)
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 4 or not cols[0].isdigit():
                continue
            form, lemma, upos = cols[1], cols[2], cols[3]
            if upos in ("PROPN", "PUNCT", "NUM", "SYM", "X"):
                continue
            counts[form.lower()][(upos, lemma.lower())] += 1
    rows = []
    for form, tags in counts.items():
        (upos, lemma), _ = tags.most_common(1)[0]
        total = sum(tags.values())
        rows.append((form, upos, lemma, total))
    rows.sort()
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# form\tupos\tlemma\tcount  (from GUM, genres: " + ", ".join(OPEN_GENRES) + f"; {len(files)} documents)\n")
        for form, upos, lemma, total in rows:
            out.write(f"{form}\t{upos}\t{lemma}\t{total}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

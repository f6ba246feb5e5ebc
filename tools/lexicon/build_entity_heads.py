"""Builds data/lexicon/entity-heads.tsv from GUM CoNLL-U files.

Usage: python3 build_entity_heads.py GUM_DIR OUT_TSV

GUM marks every mention of an entity, common-noun descriptions included ("the city", "residents"), with its type.
For each lower-case common noun this counts how often it is the head of a place, organisation or group-of-people
mention (a plural noun heading a person mention: "residents", "children") against how often it occurs as a noun at
all, and keeps the nouns that head such a mention most of the time. Only the openly licensed genres are read, as
for english-words.tsv. Each row: the noun, LOC or ORG, the share of its uses that head such a mention, and that count.
"""
import collections
import pathlib
import re
import sys

OPEN_GENRES = ("academic", "bio", "court", "interview", "news", "voyage")
MIN_COUNT = 3
MIN_SHARE = 0.6
OPEN = re.compile(r"\((\d+)-([a-z]+)[^()]*")
CLOSE = re.compile(r"(\d+)\)")


def mentions(sentence):
    """(first, last, type) of every entity mention of a sentence, from GUM's bracketed Entity= annotations."""
    found, open_mentions = [], []
    for index, cols in enumerate(sentence):
        match = re.search(r"Entity=([^|]*)", cols[9])
        rest = match.group(1) if match else ""
        while rest:
            if rest[0] == "(":
                opened = OPEN.match(rest)
                entity, kind = opened.group(1), opened.group(2)
                rest = rest[opened.end():]
                if rest.startswith(")"):
                    found.append((index, index, kind))
                    rest = rest[1:]
                else:
                    open_mentions.append((entity, kind, index))
            else:
                closed = CLOSE.match(rest)
                if not closed:
                    break
                rest = rest[closed.end():]
                for k in range(len(open_mentions) - 1, -1, -1):
                    if open_mentions[k][0] == closed.group(1):
                        _, kind, first = open_mentions.pop(k)
                        found.append((first, index, kind))
                        break
    return found


def head_type(sentence, first, last, kind):
    """The mention's head noun and Chronicle type, or None when it is not a noun-headed place, organisation or group."""
    inside = range(first, last + 1)
    heads = [k for k in inside if not sentence[k][6].isdigit() or int(sentence[k][6]) - 1 not in inside]
    if len(heads) != 1:
        return None
    head = sentence[heads[0]]
    if head[3] != "NOUN" or not head[1].islower():
        return None
    if kind == "place":
        return head[1], "LOC"
    if kind == "organization" or (kind == "person" and head[4] == "NNS"):
        return head[1], "ORG"
    return None


def sentences(path):
    sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            sentence.append(cols)
        elif not line.strip() and sentence:
            yield sentence
            sentence = []
    if sentence:
        yield sentence


def main(gum_dir: str, out_path: str) -> None:
    heads: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    nouns: collections.Counter = collections.Counter()
    files = sorted(p for p in pathlib.Path(gum_dir).glob("GUM_*.conllu") if p.name.split("_")[1] in OPEN_GENRES)
    for path in files:
        for sentence in sentences(path):
            nouns.update(cols[1] for cols in sentence if cols[3] == "NOUN" and cols[1].islower())
            for first, last, kind in mentions(sentence):
                if (typed := head_type(sentence, first, last, kind)) is not None:
                    heads[typed[0]][typed[1]] += 1
    rows = []
    for noun, types in heads.items():
        kind, count = types.most_common(1)[0]
        share = min(count / nouns[noun], 1.0)
        if count >= MIN_COUNT and share >= MIN_SHARE:
            rows.append((noun, kind, share, count))
    # GUM is written in American English; British news spells the same nouns with -is- ("organisation").
    rows += [(noun.replace("ization", "isation"), kind, share, count) for noun, kind, share, count in rows if "ization" in noun]
    rows.sort()
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# noun\ttype\tshare\tcount  (from GUM, genres: " + ", ".join(OPEN_GENRES) + f"; {len(files)} documents)\n")
        for noun, kind, share, count in rows:
            out.write(f"{noun}\t{kind}\t{share:.2f}\t{count}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

// PLOVER's sixteen event types and the colour each is drawn in.
export const TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

const COLOURS = {
  AGREE: "#4e79a7", CONSULT: "#76b7b2", SUPPORT: "#59a14f", CONCEDE: "#8cd17d", COOPERATE: "#b6992d", AID: "#f1ce63",
  RETREAT: "#499894", REQUEST: "#86bcb6", ACCUSE: "#e15759", REJECT: "#ff9d9a", THREATEN: "#f28e2b", PROTEST: "#ffbe7d",
  SANCTION: "#79706e", MOBILIZE: "#bab0ac", COERCE: "#b07aa1", ASSAULT: "#9d2c2c",
};

export const colour = (type) => COLOURS[type] ?? "#888";

export const MODALITIES = ["asserted", "claimed", "historical", "negated", "hypothetical", "future"];

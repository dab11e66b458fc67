// The rows that bulk write statements UNWIND: a node by id, or a relationship by the ids of its ends, each with the
// properties to set. The seed writer and the importers build them.

export type Props = Record<string, unknown>;

export interface NodeRow {
  id: string;
  props: Props;
}

export interface LinkRow {
  from: string;
  to: string;
  props: Props;
}

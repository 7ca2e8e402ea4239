-- The witness (c2sp.org/tlog-witness): for each log it witnesses, the latest checkpoint it cosigned.
-- A row only moves by compare-and-swap (UPDATE ... WHERE tree_size = <old> AND root_hash = <old>, or an
-- INSERT that does nothing when a row exists), so two requests can never roll it back.
CREATE TABLE witness_checkpoint (
  origin     VARCHAR(255) NOT NULL PRIMARY KEY,
  tree_size  BIGINT NOT NULL,
  root_hash  ${blob} NOT NULL,
  note       TEXT NOT NULL
);

-- Checkpoints the witness refused although the log's own key signed them: a fork at the same size, or a
-- larger tree without a valid consistency proof from the one held. Each row is evidence of possible log
-- misbehaviour: what the witness held and what it was offered. One row per offered checkpoint, so a
-- replayed refusal adds nothing and the table grows at most with what the log signs.
CREATE TABLE witness_refusal (
  origin       VARCHAR(255) NOT NULL,
  tree_size    BIGINT NOT NULL,
  root_hash    ${blob} NOT NULL,
  reason       TEXT NOT NULL,
  held_size    BIGINT NOT NULL,
  held_root    ${blob} NOT NULL,
  offered_note TEXT NOT NULL,
  proof        TEXT NOT NULL,
  refused_at   BIGINT NOT NULL,
  PRIMARY KEY (origin, tree_size, root_hash)
);

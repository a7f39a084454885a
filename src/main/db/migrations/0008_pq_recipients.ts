// Never edit a migration that has shipped: add the next numbered file instead.
export default {
  version: 8,
  name: 'post-quantum hybrid age keys',
  sql: `
    -- A post-quantum hybrid (ML-KEM-768 + X25519) age identity next to the X25519 one, made the
    -- first time it is needed ('' until then). Exports go to hybrid recipients where every
    -- recipient has one.
    ALTER TABLE identity ADD COLUMN age_pq_identity TEXT NOT NULL DEFAULT '';
    ALTER TABLE officers ADD COLUMN age_pq_recipient TEXT NOT NULL DEFAULT '';
    -- For this vault's own officer: its signature of its hybrid recipient, carried on the card,
    -- so the fingerprint read aloud (which covers the signing key) vouches for that key too.
    ALTER TABLE officers ADD COLUMN age_pq_proof TEXT NOT NULL DEFAULT '';
  `,
};

-- A retried create with the same Idempotency-Key returns what the first one created.
CREATE TABLE idempotent_request (
  scope         VARCHAR(40)  NOT NULL,
  key_value     VARCHAR(100) NOT NULL,
  user_id       VARCHAR(64)  NOT NULL,
  request_hash  VARCHAR(64)  NOT NULL,
  result_ref    VARCHAR(40),
  created_at    ${timestamp} NOT NULL,
  CONSTRAINT pk_idempotent_request PRIMARY KEY (scope, key_value)
);

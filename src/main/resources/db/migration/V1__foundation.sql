-- Foundation: staff (also the login realm, see server-config/security.cli), customers, service cases.
-- Runs on H2 and MariaDB; ${timestamp} is TIMESTAMP(6) on H2 and DATETIME(6) on MariaDB.

CREATE TABLE staff_member (
  user_id        VARCHAR(64)  NOT NULL,
  full_name      VARCHAR(100) NOT NULL,
  team           VARCHAR(100),
  email          VARCHAR(200),
  phone          VARCHAR(40),
  manager_grade  VARCHAR(20),
  password_hash  VARCHAR(200) NOT NULL,
  active         BOOLEAN      NOT NULL,
  created_at     ${timestamp} NOT NULL,
  version        BIGINT       NOT NULL,
  CONSTRAINT pk_staff_member PRIMARY KEY (user_id)
);

CREATE TABLE staff_role (
  user_id    VARCHAR(64) NOT NULL,
  role_name  VARCHAR(40) NOT NULL,
  CONSTRAINT pk_staff_role PRIMARY KEY (user_id, role_name),
  CONSTRAINT fk_staff_role_member FOREIGN KEY (user_id) REFERENCES staff_member (user_id)
);

CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE customer (
  id                   BIGINT       NOT NULL,
  customer_no          VARCHAR(20)  NOT NULL,
  name                 VARCHAR(200) NOT NULL,
  category             VARCHAR(40)  NOT NULL,
  area                 VARCHAR(10)  NOT NULL,
  high_risk            BOOLEAN      NOT NULL,
  important            BOOLEAN      NOT NULL,
  key_account          BOOLEAN      NOT NULL,
  contact_name         VARCHAR(100),
  phone                VARCHAR(40),
  email                VARCHAR(200),
  address              VARCHAR(300),
  customer_manager_id  VARCHAR(64),
  created_at           ${timestamp} NOT NULL,
  version              BIGINT       NOT NULL,
  CONSTRAINT pk_customer PRIMARY KEY (id),
  CONSTRAINT uk_customer_no UNIQUE (customer_no),
  CONSTRAINT fk_customer_manager FOREIGN KEY (customer_manager_id) REFERENCES staff_member (user_id)
);
CREATE INDEX ix_customer_name ON customer (name);

CREATE TABLE number_sequence (
  name        VARCHAR(40) NOT NULL,
  next_value  BIGINT      NOT NULL,
  CONSTRAINT pk_number_sequence PRIMARY KEY (name)
);

CREATE SEQUENCE service_case_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE service_case (
  id                   BIGINT        NOT NULL,
  case_no              VARCHAR(20)   NOT NULL,
  customer_id          BIGINT        NOT NULL,
  service_type         VARCHAR(30)   NOT NULL,
  channel              VARCHAR(20)   NOT NULL,
  description          VARCHAR(2000) NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  process_instance_id  VARCHAR(64),
  created_at           ${timestamp}  NOT NULL,
  created_by           VARCHAR(64)   NOT NULL,
  version              BIGINT        NOT NULL,
  CONSTRAINT pk_service_case PRIMARY KEY (id),
  CONSTRAINT uk_service_case_no UNIQUE (case_no),
  CONSTRAINT fk_service_case_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_service_case_process ON service_case (process_instance_id);

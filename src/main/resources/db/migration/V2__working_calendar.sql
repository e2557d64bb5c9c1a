-- Working-day calendar: announced days off and make-up working days (调休上班) per date, which
-- years carry official data, and the daily working hours. Runs on H2 and MariaDB; ${timestamp} is
-- TIMESTAMP(6) on H2 and DATETIME(6) on MariaDB.
--
-- Sources of the seeded rows: the State Council notices, 国务院办公厅关于2025年部分节假日安排的通知
-- (国办发明电〔2024〕12号, 2024-11-12) and 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
-- CalendarSeedTest checks every row against the 2026 table of the domain README (§4) and every
-- 2025 and 2026 row against the legal-holiday data of the tyme4j library (com.tyme.holiday.LegalHoliday).
--
-- The key columns are year_no and calendar_date, not "year" and "day": both words are reserved in
-- H2 2.x, and quoting them would differ between the two databases.

-- A year without a row here, or not published, is provisional: Monday to Friday count as working
-- days and its calendar_day rows (a draft, say) are ignored until the year is published.
CREATE TABLE calendar_year (
  year_no     INT          NOT NULL,
  published   BOOLEAN      NOT NULL,
  source      VARCHAR(300),
  updated_at  ${timestamp} NOT NULL,
  updated_by  VARCHAR(64)  NOT NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT pk_calendar_year PRIMARY KEY (year_no)
);

-- Only dates that differ from the weekly pattern, plus the weekend days inside a holiday block so
-- that the admin page can show each holiday whole. A make-up working day is always a weekend day.
CREATE TABLE calendar_day (
  calendar_date  DATE         NOT NULL,
  kind           VARCHAR(20)  NOT NULL,
  holiday_name   VARCHAR(100) NOT NULL,
  source         VARCHAR(300),
  CONSTRAINT pk_calendar_day PRIMARY KEY (calendar_date),
  CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('DAY_OFF', 'MAKEUP_WORKDAY'))
);

-- One row (id 1): the hours every working day has, in the business zone.
CREATE TABLE working_hours (
  id               INT         NOT NULL,
  zone             VARCHAR(40) NOT NULL,
  morning_start    TIME        NOT NULL,
  morning_end      TIME        NOT NULL,
  afternoon_start  TIME        NOT NULL,
  afternoon_end    TIME        NOT NULL,
  version          BIGINT      NOT NULL,
  CONSTRAINT pk_working_hours PRIMARY KEY (id),
  CONSTRAINT ck_working_hours_single CHECK (id = 1),
  CONSTRAINT ck_working_hours_order CHECK (morning_start < morning_end AND morning_end <= afternoon_start
      AND afternoon_start < afternoon_end)
);

INSERT INTO working_hours (id, zone, morning_start, morning_end, afternoon_start, afternoon_end, version)
VALUES (1, 'Asia/Shanghai', TIME '08:30:00', TIME '12:00:00', TIME '13:30:00', TIME '17:30:00', 0);

-- updated_at is the notice's date (midnight UTC): a migration has no clock that reads UTC on both databases
INSERT INTO calendar_year (year_no, published, source, updated_at, updated_by, version) VALUES
  (2025, TRUE, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', TIMESTAMP '2024-11-12 00:00:00', 'system', 0),
  (2026, TRUE, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', TIMESTAMP '2025-11-04 00:00:00', 'system', 0);

-- 2025: 28 days off, 5 make-up working days
INSERT INTO calendar_day (calendar_date, kind, holiday_name, source) VALUES
  (DATE '2025-01-01', 'DAY_OFF',        '元旦',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-01-26', 'MAKEUP_WORKDAY', '春节',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-01-28', 'DAY_OFF',        '春节',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-01-29', 'DAY_OFF',        '春节',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-01-30', 'DAY_OFF',        '春节',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-01-31', 'DAY_OFF',        '春节',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-02-01', 'DAY_OFF',        '春节',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-02-02', 'DAY_OFF',        '春节',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-02-03', 'DAY_OFF',        '春节',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-02-04', 'DAY_OFF',        '春节',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-02-08', 'MAKEUP_WORKDAY', '春节',          '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-04-04', 'DAY_OFF',        '清明节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-04-05', 'DAY_OFF',        '清明节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-04-06', 'DAY_OFF',        '清明节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-04-27', 'MAKEUP_WORKDAY', '劳动节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-05-01', 'DAY_OFF',        '劳动节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-05-02', 'DAY_OFF',        '劳动节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-05-03', 'DAY_OFF',        '劳动节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-05-04', 'DAY_OFF',        '劳动节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-05-05', 'DAY_OFF',        '劳动节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-05-31', 'DAY_OFF',        '端午节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-06-01', 'DAY_OFF',        '端午节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-06-02', 'DAY_OFF',        '端午节',        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-09-28', 'MAKEUP_WORKDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-10-01', 'DAY_OFF',        '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-10-02', 'DAY_OFF',        '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-10-03', 'DAY_OFF',        '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-10-04', 'DAY_OFF',        '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-10-05', 'DAY_OFF',        '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-10-06', 'DAY_OFF',        '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-10-07', 'DAY_OFF',        '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-10-08', 'DAY_OFF',        '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
  (DATE '2025-10-11', 'MAKEUP_WORKDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）');

-- 2026: 33 days off, 6 make-up working days
INSERT INTO calendar_day (calendar_date, kind, holiday_name, source) VALUES
  (DATE '2026-01-01', 'DAY_OFF',        '元旦',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-01-02', 'DAY_OFF',        '元旦',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-01-03', 'DAY_OFF',        '元旦',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-01-04', 'MAKEUP_WORKDAY', '元旦',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-14', 'MAKEUP_WORKDAY', '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-15', 'DAY_OFF',        '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-16', 'DAY_OFF',        '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-17', 'DAY_OFF',        '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-18', 'DAY_OFF',        '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-19', 'DAY_OFF',        '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-20', 'DAY_OFF',        '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-21', 'DAY_OFF',        '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-22', 'DAY_OFF',        '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-23', 'DAY_OFF',        '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-02-28', 'MAKEUP_WORKDAY', '春节',   '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-04-04', 'DAY_OFF',        '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-04-05', 'DAY_OFF',        '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-04-06', 'DAY_OFF',        '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-05-01', 'DAY_OFF',        '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-05-02', 'DAY_OFF',        '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-05-03', 'DAY_OFF',        '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-05-04', 'DAY_OFF',        '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-05-05', 'DAY_OFF',        '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-05-09', 'MAKEUP_WORKDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-06-19', 'DAY_OFF',        '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-06-20', 'DAY_OFF',        '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-06-21', 'DAY_OFF',        '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-09-20', 'MAKEUP_WORKDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-09-25', 'DAY_OFF',        '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-09-26', 'DAY_OFF',        '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-09-27', 'DAY_OFF',        '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-10-01', 'DAY_OFF',        '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-10-02', 'DAY_OFF',        '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-10-03', 'DAY_OFF',        '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-10-04', 'DAY_OFF',        '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-10-05', 'DAY_OFF',        '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-10-06', 'DAY_OFF',        '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-10-07', 'DAY_OFF',        '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
  (DATE '2026-10-10', 'MAKEUP_WORKDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）');

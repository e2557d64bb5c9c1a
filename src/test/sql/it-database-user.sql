-- The integration tests' server connects as a user of its own that sees only its own database.
CREATE USER IF NOT EXISTS '${it.db.user}'@'localhost' IDENTIFIED BY '${it.db.password}';
CREATE USER IF NOT EXISTS '${it.db.user}'@'127.0.0.1' IDENTIFIED BY '${it.db.password}';
CREATE USER IF NOT EXISTS '${it.db.user}'@'%' IDENTIFIED BY '${it.db.password}';
GRANT ALL PRIVILEGES ON `${it.db.name}`.* TO '${it.db.user}'@'localhost';
GRANT ALL PRIVILEGES ON `${it.db.name}`.* TO '${it.db.user}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON `${it.db.name}`.* TO '${it.db.user}'@'%';
-- … and the database of the empty-database journey (failsafe execution empty-database)
GRANT ALL PRIVILEGES ON `${it.db.name}_empty`.* TO '${it.db.user}'@'localhost';
GRANT ALL PRIVILEGES ON `${it.db.name}_empty`.* TO '${it.db.user}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON `${it.db.name}_empty`.* TO '${it.db.user}'@'%';

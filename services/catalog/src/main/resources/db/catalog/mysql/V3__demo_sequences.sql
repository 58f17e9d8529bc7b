-- Nothing to do on MySQL / MariaDB: AUTO_INCREMENT counters advance past explicitly
-- inserted ids by themselves. This version exists only so that the Flyway history
-- is the same on both engines (PostgreSQL has to move its identity sequences).
SELECT 1;

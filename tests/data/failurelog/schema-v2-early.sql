-- A failure log written by the early version 2 schema (before commit 3fde59e changed version 2
-- in place: its search index read the whole URL, there was no target column), with three calls.
-- The current inserter fails on such a file ("Parameter count mismatch") unless it is repaired.
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
CREATE TABLE calls ( id INTEGER PRIMARY KEY AUTOINCREMENT, started_at INTEGER NOT NULL, environment TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL DEFAULT 'request', method TEXT NOT NULL, url TEXT NOT NULL, request_headers TEXT NOT NULL DEFAULT '[]', request_body BLOB, request_size INTEGER NOT NULL DEFAULT 0, http_status INTEGER, response_headers TEXT NOT NULL DEFAULT '[]', response_body BLOB, response_size INTEGER NOT NULL DEFAULT 0, duration_ms INTEGER NOT NULL DEFAULT 0, kind TEXT NOT NULL, failure INTEGER NOT NULL, code INTEGER, raw_code TEXT, server_msg TEXT, message_zh TEXT, message_en TEXT, error_text TEXT);
CREATE INDEX calls_failure_time ON calls(failure, started_at);
CREATE INDEX calls_failure_code ON calls(failure, code);
ALTER TABLE calls ADD COLUMN endpoint TEXT NOT NULL DEFAULT '';
DROP INDEX calls_failure_code;
CREATE INDEX calls_time ON calls(started_at);
CREATE INDEX calls_failure_code ON calls(failure, code, started_at);
CREATE INDEX calls_failure_status ON calls(failure, http_status, started_at);
CREATE INDEX calls_failure_endpoint ON calls(failure, endpoint, started_at);
CREATE INDEX calls_failure_environment ON calls(failure, environment, started_at);
CREATE INDEX calls_failure_kind ON calls(failure, kind, started_at);
CREATE VIRTUAL TABLE calls_search USING fts5(url, server_msg, error_text, message_zh, message_en, environment, content='calls', content_rowid='id', tokenize='trigram');
CREATE TRIGGER calls_search_insert AFTER INSERT ON calls BEGIN INSERT INTO calls_search(rowid, url, server_msg, error_text, message_zh, message_en, environment) VALUES (new.id, new.url, new.server_msg, new.error_text, new.message_zh, new.message_en, new.environment); END;
CREATE TRIGGER calls_search_delete AFTER DELETE ON calls BEGIN INSERT INTO calls_search(calls_search, rowid, url, server_msg, error_text, message_zh, message_en, environment) VALUES ('delete', old.id, old.url, old.server_msg, old.error_text, old.message_zh, old.message_en, old.environment); END;
INSERT INTO schema_version (version) VALUES (2);
INSERT INTO calls (started_at, environment, method, url, endpoint, request_headers, http_status, response_headers, response_body, response_size, duration_ms, kind, failure, code, raw_code, server_msg, message_zh, message_en) VALUES (1700000000000, 'production', 'GET', 'https://api2.xlink.cn/v2/product/0123456789abcdef0123456789abcdef/device/77?probe=early', '/v2/product/{id}/device/{id}', '[["Access-Token","[REDACTED]"]]', 404, '[["Content-Type","application/json"]]', '{"error":{"code":"4041008","msg":"device not exists"}}', 54, 120, 'platform', 1, 4041008, '4041008', 'device not exists', '设备不存在', 'The device does not exist');
INSERT INTO calls (started_at, environment, method, url, endpoint, http_status, kind, failure, error_text) VALUES (1700000060000, 'production', 'POST', 'https://api2.xlink.cn/v2/users', '/v2/users', NULL, 'timeout', 1, 'No answer within 30 s');
INSERT INTO calls (started_at, environment, method, url, endpoint, http_status, response_body, response_size, kind, failure) VALUES (1700000120000, 'staging', 'GET', 'https://api2.xlink.cn/v2/corp', '/v2/corp', 200, '{"id":"c"}', 10, 'success', 0);

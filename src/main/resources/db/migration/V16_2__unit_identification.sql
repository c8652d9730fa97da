-- A unit's 统一社会信用代码 (GB 32100) and its full legal name (机构全称): 索引号 are built from the code, written
-- notices carry the legal name. Empty until the center's administrator enters them; existing 索引号 stay as issued.
alter table unit add column credit_code varchar(18)  not null default '';
alter table unit add column legal_name  varchar(200) not null default '';

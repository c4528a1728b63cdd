-- Evidence titles and file names are shown to the public as names. Until now they could keep
-- bidirectional controls (U+202E shows "exe.pdf" as "fdp.exe"), zero-width and other invisible
-- format characters, and control characters. The portal now removes them on every upload, link
-- and rename (evidence/EvidenceInput.plainText); this cleans what was kept before, drafts and
-- published copies alike. Line breaks, tabs and other spaces become one plain space. Thai is
-- untouched: its vowels and tone marks are combining marks, none of them in the classes below.
-- The characters removed are Unicode's format characters (Cf) and controls (Cc); PostgreSQL's
-- regular expressions have no \p{Cf}, so they are listed.
create function pg_temp.plain_text(t text) returns text language sql immutable as $$
    select btrim(regexp_replace(
        regexp_replace(
            regexp_replace(t, '[\t\n\r\u000B\u000C\u001C-\u001F\u0085\u2028\u2029]', ' ', 'g'),
            '[\u0001-\u0008\u000E-\u001B\u007F-\u0084\u0086-\u009F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\U000110BD\U000110CD\U00013430-\U0001343F\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0001\U000E0020-\U000E007F]',
            '', 'g'),
        '[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+', ' ', 'g'), ' ')
$$;

update evidence
set original_name = case when original_name is not null
                         then coalesce(nullif(pg_temp.plain_text(original_name), ''), 'file') end,
    title = coalesce(nullif(pg_temp.plain_text(title), ''), nullif(pg_temp.plain_text(original_name), ''),
                     left(url, 300), 'file')
where title <> pg_temp.plain_text(title) or original_name <> pg_temp.plain_text(original_name)
   or title = '' or original_name = '';

update evidence_pub
set original_name = case when original_name is not null
                         then coalesce(nullif(pg_temp.plain_text(original_name), ''), 'file') end,
    title = coalesce(nullif(pg_temp.plain_text(title), ''), nullif(pg_temp.plain_text(original_name), ''),
                     left(url, 300), 'file')
where title <> pg_temp.plain_text(title) or original_name <> pg_temp.plain_text(original_name)
   or title = '' or original_name = '';

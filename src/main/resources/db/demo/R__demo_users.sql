-- Demo staff accounts for the demo agency (runs after R__demo_agency_bangsaothong.sql, which
-- creates the units). Their passwords are published in the README, so every page shows a demo
-- banner while any of them can sign in. Does nothing when a demo account already exists.
--
--   demo.admin     demo-admin-2566     ADMIN
--   demo.approver  demo-approver-2566  APPROVER
--   demo.palad     demo-palad-2566     EDITOR of สำนักปลัด
--   demo.klang     demo-klang-2566     EDITOR of กองคลัง
--   demo.auditor   demo-auditor-2566   AUDITOR

DO $$
BEGIN
IF NOT EXISTS (SELECT 1 FROM users u JOIN agency a ON a.id = u.agency_id
               WHERE a.slug = 'bangsaothong' AND u.username LIKE 'demo.%') THEN

insert into users (agency_id, username, display_name, password_hash)
select a.id, v.username, v.display_name, v.password_hash
from agency a cross join (values
    ('demo.admin', 'ผู้ดูแลระบบ (ทดลอง)', '{bcrypt}$2a$10$g.an6vN5IcLue3zDM.ZffOjQtehQXEZenuDQ2PLrtrYk2ezLT7YMe'),
    ('demo.approver', 'ผู้อนุมัติ (ทดลอง)', '{bcrypt}$2a$10$ErIlxW.Onf3DVWUoGIDSx.DcjGNo8c8Bn0Yp47r1RtB6WoSpCO5oe'),
    ('demo.palad', 'เจ้าหน้าที่สำนักปลัด (ทดลอง)', '{bcrypt}$2a$10$TnmsIC/KYsGQRK4Ul0BTgu/tAsnlzATZo9FSWl6wLABIEO6todBd.'),
    ('demo.klang', 'เจ้าหน้าที่กองคลัง (ทดลอง)', '{bcrypt}$2a$10$bXyIg3jAAN8jDyf8pFsBGex6ISqcUf/dOO5XPxXfcdcvEtnqXB6NS'),
    ('demo.auditor', 'ผู้ตรวจสอบ (ทดลอง)', '{bcrypt}$2a$10$61Vqq7PhX2HiW6/YDgoCEev9BdAHkHXuynEMBjgi.s7YlOxz.aNq.'))
    as v (username, display_name, password_hash)
where a.slug = 'bangsaothong';

insert into user_role (user_id, role)
    select u.id, r.role from users u join agency a on a.id = u.agency_id
    join (values ('demo.admin', 'ADMIN'), ('demo.approver', 'APPROVER'), ('demo.palad', 'EDITOR'),
                 ('demo.klang', 'EDITOR'), ('demo.auditor', 'AUDITOR')) as r (username, role) on r.username = u.username
    where a.slug = 'bangsaothong';

insert into user_unit (user_id, unit_id)
    select u.id, n.id from users u join unit n on n.agency_id = u.agency_id join agency a on a.id = n.agency_id
    where a.slug = 'bangsaothong'
      and ((u.username = 'demo.palad' and n.name = 'สำนักปลัด') or (u.username = 'demo.klang' and n.name = 'กองคลัง'));

END IF;
END
$$;

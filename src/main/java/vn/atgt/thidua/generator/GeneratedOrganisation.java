package vn.atgt.thidua.generator;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.common.text.SearchText;

/**
 * A province's areas (the province and 170 communes and wards), its committee and the 170 commune committees, its
 * member units (provincial agencies, mass organisations, the communes' people's committees and the units in each
 * commune) and their accounts. Every unit is a member of the province's committee, so that the province's campaigns
 * take all of them in (the participants of a campaign are member units of its committee); the commune committees
 * exist with their standing office (the commune's people's committee) and members, under the province's.
 */
class GeneratedOrganisation {

	static final String[] COMMUNE_UNIT_NAMES = { "Công an xã", "Trạm Y tế xã", "Trường Trung học cơ sở",
			"Trường Tiểu học", "Trường Mầm non", "Đoàn Thanh niên xã", "Hội Phụ nữ xã", "Hội Nông dân xã",
			"Hội Cựu chiến binh xã", "Ban Chỉ huy Quân sự xã", "Hợp tác xã vận tải" };

	static final String[] AGENCY_NAMES = { "Sở Xây dựng", "Công an tỉnh", "Sở Giáo dục và Đào tạo", "Sở Y tế",
			"Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính", "Sở Tư pháp", "Sở Nội vụ", "Sở Khoa học và Công nghệ",
			"Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Bộ Chỉ huy Quân sự tỉnh", "Đài Phát thanh và Truyền hình",
			"Báo tỉnh", "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Sở Dân tộc và Tôn giáo", "Ban Quản lý dự án",
			"Bảo hiểm xã hội tỉnh", "Cảng vụ đường thủy nội địa", "Trường Cao đẳng", "Bệnh viện Đa khoa tỉnh",
			"Trung tâm Kiểm soát bệnh tật", "Trung tâm Đăng kiểm xe cơ giới", "Bến xe khách tỉnh",
			"Công ty Quản lý đường bộ", "Trường Chính trị tỉnh", "Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh",
			"Chi cục Quản lý thị trường" };

	static final String[] ORGANISATION_NAMES = { "Ủy ban MTTQ Việt Nam tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh",
			"Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh", "Hội Chữ thập đỏ tỉnh",
			"Liên minh Hợp tác xã tỉnh", "Hiệp hội Vận tải ô tô tỉnh", "Hội Người cao tuổi tỉnh" };

	private final JdbcTemplate jdbc;

	GeneratedOrganisation(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The province's area and committee, its communes and their committees, the units and the accounts. */
	Province create(int number, LocalDate today, String passwordHash) {
		String p = "%02d".formatted(number);
		long area = jdbc.queryForObject("INSERT INTO areas (name, official_code, level_id, search_key, created_at, "
				+ "updated_at) SELECT 'Mẫu " + p + "', 'GEN-P" + p + "', id, 'mau " + p + "', now(), now() "
				+ "FROM area_levels WHERE code = 'PROVINCE' RETURNING id", Long.class);
		long committee = jdbc.queryForObject("INSERT INTO committees (name, area_id, parent_body, issuing_body, "
				+ "issuer_code, place_name, signature_authority, signer_title, signer_note, signer_name, "
				+ "default_recipients, created_at, updated_at) VALUES ('Ban An toàn giao thông tỉnh Mẫu " + p + "', ?, "
				+ "'UBND TỈNH MẪU " + p + "', 'BAN AN TOÀN GIAO THÔNG', 'BATGT', 'Mẫu " + p + "', 'KT. TRƯỞNG BAN', "
				+ "'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', 'GIÁM ĐỐC SỞ XÂY DỰNG', 'Nguyễn Văn Mẫu', "
				+ "'Các thành viên Ban ATGT tỉnh;\nUBND các xã, phường;\nLưu: VT.', now(), now()) RETURNING id",
				Long.class, area);
		Province province = new Province(number, area, committee, today);
		communes(province);
		units(province);
		members(province);
		accounts(province, passwordHash);
		return province;
	}

	private void communes(Province p) {
		String n = "'Hòa Bình ' || lpad(i::text, 3, '0')";
		jdbc.update("INSERT INTO areas (name, official_code, level_id, parent_id, search_key, created_at, updated_at) "
				+ "SELECT " + n + ", '" + p.code() + "-' || lpad(i::text, 3, '0'), (SELECT id FROM area_levels WHERE "
				+ "code = CASE WHEN i % 10 = 0 THEN 'WARD' ELSE 'COMMUNE' END), ?, 'hoa binh ' || lpad(i::text, 3, '0'), "
				+ "now(), now() FROM generate_series(1, " + Scale.COMMUNES + ") i", p.areaId());
		jdbc.update("INSERT INTO committees (name, area_id, parent_body, issuing_body, issuer_code, place_name, "
				+ "signer_title, signer_name, created_at, updated_at) SELECT 'Ban An toàn giao thông xã ' || a.name || "
				+ "' (" + p.prefix() + ")', a.id, 'UBND XÃ ' || upper(a.name), 'BAN AN TOÀN GIAO THÔNG', 'BATGT', a.name, "
				+ "'TRƯỞNG BAN', 'Nguyễn Văn ' || right(a.official_code, 3), now(), now() FROM areas a "
				+ "WHERE a.parent_id = ? ORDER BY a.id", p.areaId());
		// the communes' committees sit under the province's (issue 18: its roll-up reads them)
		jdbc.update("UPDATE committees SET parent_committee_id = ? WHERE area_id IN (SELECT id FROM areas "
				+ "WHERE parent_id = ?)", p.committeeId(), p.areaId());
	}

	private void units(Province p) {
		String c = "'" + p.prefix() + "-";
		unitRows(p, "AGENCY", AGENCY_NAMES, c + "SO-'");
		unitRows(p, "MASS_ORGANISATION", ORGANISATION_NAMES, c + "DT-'");
		jdbc.update("UPDATE units SET supplies_accident_figures = TRUE WHERE code = ?", p.prefix() + "-SO-02");
		jdbc.update("INSERT INTO units (code, name, short_name, kind, area_id, committee_id, email, search_key, "
				+ "created_at, updated_at) SELECT " + c + "XA-' || right(a.official_code, 3), 'UBND xã ' || a.name, "
				+ "'Xã ' || a.name, 'COMMUNE_COMMITTEE', a.id, ?, lower(replace(a.official_code, '-', '')) || "
				+ "'@mau.example.vn', 'ubnd xa ' || a.search_key, now(), now() FROM areas a WHERE a.parent_id = ? "
				+ "ORDER BY a.id", p.committeeId(), p.areaId());
		jdbc.update("INSERT INTO units (code, name, short_name, kind, area_id, committee_id, search_key, created_at, "
				+ "updated_at) SELECT " + c + "U-' || lpad(i::text, 4, '0'), k.name || ' ' || a.name, k.name, "
				+ "CASE WHEN k.n <= 5 THEN 'AGENCY' WHEN k.n <= 9 THEN 'MASS_ORGANISATION' ELSE 'OTHER' END, a.id, ?, "
				+ "'don vi ' || a.search_key || ' ' || i, now(), now() FROM generate_series(1, " + Scale.COMMUNE_UNITS
				+ ") i JOIN (SELECT id, name, search_key, row_number() OVER (ORDER BY id) AS rn FROM areas "
				+ "WHERE parent_id = ?) a ON a.rn = (i - 1) % " + Scale.COMMUNES + " + 1 "
				+ "JOIN unnest(?::text[]) WITH ORDINALITY k(name, n) ON k.n = (i - 1) / " + Scale.COMMUNES + " + 1",
				p.committeeId(), p.areaId(), COMMUNE_UNIT_NAMES);
		// each committee's standing office: the province's Sở Xây dựng, a commune's people's committee
		jdbc.update("UPDATE committees SET standing_office_unit_id = (SELECT id FROM units WHERE code = ?) WHERE id = ?",
				p.prefix() + "-SO-01", p.committeeId());
		jdbc.update("UPDATE committees c SET standing_office_unit_id = u.id FROM units u WHERE u.area_id = c.area_id "
				+ "AND u.kind = 'COMMUNE_COMMITTEE' AND c.area_id IN (SELECT id FROM areas WHERE parent_id = ?)",
				p.areaId());
	}

	private void unitRows(Province p, String kind, String[] names, String codePrefix) {
		String[] keys = java.util.Arrays.stream(names).map(SearchText::key).toArray(String[]::new);
		jdbc.update("INSERT INTO units (code, name, short_name, kind, area_id, committee_id, search_key, created_at, "
				+ "updated_at) SELECT " + codePrefix + " || lpad(k.n::text, 2, '0'), k.name || ' Mẫu " + p.number()
				+ "', k.name, '" + kind + "', a.id, ?, k.key || ' mau " + p.number() + "', now(), now() "
				+ "FROM unnest(?::text[], ?::text[]) WITH ORDINALITY k(name, key, n) JOIN areas a ON a.id = ? ORDER BY k.n",
				p.committeeId(), names, keys, p.areaId());
	}

	private void members(Province p) {
		jdbc.update("INSERT INTO committee_members (committee_id, person_name, position, unit_id, role, sort_order, "
				+ "created_at, updated_at) SELECT ?, 'Thành viên ' || u.short_name, 'Phó Giám đốc ' || u.short_name, "
				+ "u.id, CASE WHEN u.code LIKE '%-SO-01' THEN 'STANDING_DEPUTY' WHEN u.code LIKE '%-SO-02' THEN 'DEPUTY' "
				+ "ELSE 'MEMBER' END, row_number() OVER (ORDER BY u.code), now(), now() FROM units u "
				+ "WHERE u.committee_id = ? AND u.kind IN ('AGENCY', 'MASS_ORGANISATION') AND u.area_id = ?",
				p.committeeId(), p.committeeId(), p.areaId());
		jdbc.update("INSERT INTO committee_members (committee_id, person_name, position, role, sort_order, created_at, "
				+ "updated_at) SELECT c.id, 'Chủ tịch xã ' || a.name, 'Chủ tịch UBND xã', 'HEAD', 0, now(), now() "
				+ "FROM committees c JOIN areas a ON a.id = c.area_id WHERE a.parent_id = ?", p.areaId());
	}

	/**
	 * For province 1 the accounts the benchmark signs in with (password demo1234): admin, thuongtruc (standing office),
	 * lanhdao (leader); for every unit an officer {@code dv-<code>} and for every tenth unit a head {@code td-<code>}.
	 */
	private void accounts(Province p, String hash) {
		if (p.number() == 1) {
			account("admin", "Quản trị hệ thống", null, p.committeeId(), "ADMIN", hash);
			account("thuongtruc", "Chuyên viên Sở Xây dựng", p.prefix() + "-SO-01", p.committeeId(), "STANDING_OFFICE",
					hash);
			account("lanhdao", "Phó Chủ tịch UBND tỉnh", null, p.committeeId(), "LEADER", hash);
		}
		// every account works in its unit's committee (issue 18: committees are sealed from each other)
		jdbc.update("INSERT INTO users (username, password_hash, full_name, job_title, email, unit_id, committee_id, "
				+ "password_changed_at, search_key, created_at, updated_at) SELECT 'dv-' || lower(u.code), ?, "
				+ "'Cán bộ ' || u.short_name, 'Chuyên viên', 'dv-' || lower(u.code) || '@mau.example.vn', u.id, "
				+ "u.committee_id, now(), 'can bo ' || u.search_key, now(), now() FROM units u WHERE u.committee_id = ?",
				hash, p.committeeId());
		jdbc.update("INSERT INTO users (username, password_hash, full_name, job_title, unit_id, committee_id, "
				+ "password_changed_at, search_key, created_at, updated_at) SELECT 'td-' || lower(u.code), ?, "
				+ "'Thủ trưởng ' || u.short_name, 'Thủ trưởng', u.id, u.committee_id, now(), "
				+ "'thu truong ' || u.search_key, now(), now() FROM units u WHERE u.committee_id = ? AND u.id % 10 = 0",
				hash, p.committeeId());
		jdbc.update("INSERT INTO user_roles (user_id, role) SELECT s.id, CASE WHEN s.username LIKE 'dv-%' "
				+ "THEN 'UNIT_OFFICER' ELSE 'UNIT_HEAD' END FROM users s JOIN units u ON u.id = s.unit_id "
				+ "WHERE u.committee_id = ? AND (s.username LIKE 'dv-%' OR s.username LIKE 'td-%')", p.committeeId());
	}

	private void account(String username, String fullName, String unitCode, Long committeeId, String role,
			String hash) {
		long id = jdbc.queryForObject("INSERT INTO users (username, password_hash, full_name, job_title, email, unit_id, "
				+ "committee_id, password_changed_at, search_key, created_at, updated_at) VALUES (?, ?, ?, "
				+ "'Tài khoản mẫu', ?, (SELECT id FROM units WHERE code = ?), ?, now(), ?, now(), now()) RETURNING id",
				Long.class, username, hash, fullName, username + "@mau.example.vn", unitCode, committeeId, username);
		jdbc.update("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", id, role);
	}
}

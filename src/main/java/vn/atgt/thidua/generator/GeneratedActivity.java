package vn.atgt.thidua.generator;

import java.sql.Date;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What surrounds the reports: the accident figures of every month since the earliest baseline year for every commune
 * (confirmed, the latest month still a draft, counted under the rule in force then), the black-spot register with its
 * history, notifications for every account (most read) and the audit trail.
 */
class GeneratedActivity {

	private final JdbcTemplate jdbc;

	GeneratedActivity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Calendar-month sheets by commune from January of the earliest baseline year to last month; returns lines. */
	int accidents(Province p) {
		int from = p.today().getYear() - Scale.CAMPAIGNS;
		Date lastMonth = Date.valueOf(p.today().withDayOfMonth(1).minusMonths(1));
		jdbc.update("INSERT INTO accident_sheets (root_area_id, convention, period_year, period_month, start_date, "
				+ "end_date, rule_id, scope, source, status, entered_at, entered_by, entered_by_name, confirmed_at, "
				+ "confirmed_by, confirmed_by_name, created_at, updated_at) SELECT ?, 'CALENDAR_MONTH', "
				+ "extract(year FROM m)::int, extract(month FROM m)::int, m::date, (m + interval '1 month' - interval "
				+ "'1 day')::date, (SELECT id FROM accident_rules WHERE purpose = 'CLASSIFICATION' AND (valid_from IS "
				+ "NULL OR valid_from <= (m + interval '1 month' - interval '1 day')::date) ORDER BY valid_from DESC "
				+ "NULLS LAST LIMIT 1), 'BY_AREA', 'Công an tỉnh (số liệu mẫu)', CASE WHEN m = ?::date THEN 'DRAFT' "
				+ "ELSE 'CONFIRMED' END, m + interval '1 month 10 day', 'thuongtruc', 'Chuyên viên Sở Xây dựng', "
				+ "CASE WHEN m < ?::date THEN m + interval '1 month 12 day' END, CASE WHEN m < ?::date THEN 'thuongtruc' "
				+ "END, CASE WHEN m < ?::date THEN 'Chuyên viên Sở Xây dựng' END, m + interval '1 month 10 day', "
				+ "m + interval '1 month 12 day' FROM generate_series(make_date(?, 1, 1)::timestamp, ?::date, "
				+ "interval '1 month') m", p.areaId(), lastMonth, lastMonth, lastMonth, lastMonth, from, lastMonth);
		int lines = jdbc.update("INSERT INTO accident_sheet_lines (sheet_id, area_id, cases, deaths, injured, "
				+ "drink_driving_cases, especially_serious_cases, commercial_transport_cases, collisions, "
				+ "very_serious_cases, serious_cases, less_serious_cases, created_at, updated_at) SELECT s.id, a.id, "
				+ "x.cases, x.h % 3, x.cases + x.h % 2, x.cases / 3, CASE WHEN x.h = 7 THEN 1 ELSE 0 END, x.cases / 4, "
				+ "x.h % 5, NULL, NULL, NULL, s.created_at, s.updated_at FROM accident_sheets s JOIN areas a ON "
				+ "a.parent_id = s.root_area_id CROSS JOIN LATERAL (SELECT (a.id * 13 + s.id * 7) % 11 AS h, "
				+ "((a.id * 13 + s.id * 7) % 11) / 2 AS cases) x WHERE s.root_area_id = ?", p.areaId());
		jdbc.update("INSERT INTO accident_sheet_transitions (sheet_id, action, from_status, to_status, changed_at, "
				+ "changed_by, changed_by_name) SELECT id, 'SAVED', NULL, 'DRAFT', entered_at, entered_by, "
				+ "entered_by_name FROM accident_sheets WHERE root_area_id = ?", p.areaId());
		jdbc.update("INSERT INTO accident_sheet_transitions (sheet_id, action, from_status, to_status, changed_at, "
				+ "changed_by, changed_by_name) SELECT id, 'CONFIRMED', 'DRAFT', 'CONFIRMED', confirmed_at, confirmed_by, "
				+ "confirmed_by_name FROM accident_sheets WHERE root_area_id = ? AND status = 'CONFIRMED'", p.areaId());
		return lines;
	}

	/** The committee's register: black spots, potential points, openings and encroachments in every state. */
	int blackSpots(Province p) {
		Date today = Date.valueOf(p.today());
		int spots = jdbc.update("INSERT INTO black_spots (committee_id, kind, name, route, km_marker, area_id, latitude, "
				+ "longitude, identified_on, rule_id, criterion, cause, measures, responsible_unit_id, cost, deadline, "
				+ "status, search_key, created_at, updated_at) SELECT ?, (ARRAY['BLACK_SPOT', 'POTENTIAL_POINT', "
				+ "'ILLEGAL_OPENING', 'ENCROACHMENT'])[i % 4 + 1], 'Nút giao Km' || i || ' ' || a.name, 'QL' || (4 + i % 30), "
				+ "'Km' || i || '+' || (i * 37) % 1000, a.id, 22 + (i % 100) / 100.0, 103 + (i % 100) / 100.0, x.day, "
				+ "(SELECT id FROM accident_rules WHERE purpose = 'BLACK_SPOT' AND (valid_from IS NULL OR valid_from <= "
				+ "x.day) ORDER BY valid_from DESC NULLS LAST LIMIT 1), 'Trong 12 tháng xảy ra ' || (2 + i % 3) || ' vụ', "
				+ "'Tầm nhìn bị che khuất, thiếu biển báo.', 'Lắp biển cảnh báo, gờ giảm tốc.', u.id, 50000000 + i * 1000, "
				+ "x.day + 180, (ARRAY['IDENTIFIED', 'BEING_TREATED', 'TREATED', 'MONITORING'])[i % 4 + 1], "
				+ "'nut giao km' || i || ' ' || a.search_key, x.day, x.day FROM generate_series(1, ?) i "
				+ "CROSS JOIN LATERAL (SELECT (?::date - (i * 7) % 1400) AS day) x "
				+ "JOIN (SELECT id, name, search_key, row_number() OVER (ORDER BY id) AS rn FROM areas WHERE parent_id = ?) a "
				+ "ON a.rn = (i - 1) % " + Scale.COMMUNES + " + 1 JOIN units u ON u.area_id = a.id AND u.kind = "
				+ "'COMMUNE_COMMITTEE'", p.committeeId(), Scale.BLACK_SPOTS, today, p.areaId());
		jdbc.update("INSERT INTO black_spot_transitions (black_spot_id, from_status, to_status, note, changed_at, "
				+ "changed_by, changed_by_name) SELECT id, NULL, 'IDENTIFIED', 'Đưa vào danh mục.', created_at, "
				+ "'thuongtruc', 'Chuyên viên Sở Xây dựng' FROM black_spots WHERE committee_id = ?", p.committeeId());
		jdbc.update("INSERT INTO black_spot_transitions (black_spot_id, from_status, to_status, note, changed_at, "
				+ "changed_by, changed_by_name) SELECT id, 'IDENTIFIED', status, 'Cập nhật tiến độ xử lý.', created_at + "
				+ "interval '30 day', 'thuongtruc', 'Chuyên viên Sở Xây dựng' FROM black_spots WHERE committee_id = ? "
				+ "AND status <> 'IDENTIFIED'", p.committeeId());
		return spots;
	}

	/** 30 notifications per unit account and 3,000 for the standing office, four in five read. */
	int notifications(Province p) {
		String sep = "chr(31)";
		int units = jdbc.update("INSERT INTO notifications (user_id, kind, message_key, message_args, link, created_at, "
				+ "read_at) SELECT s.id, CASE WHEN n % 3 = 0 THEN 'URGING' ELSE 'ITEM_ACCEPTED' END, CASE WHEN n % 3 = 0 "
				+ "THEN 'notification.urging.report' ELSE 'notification.report.accepted' END, CASE WHEN n % 3 = 0 THEN "
				+ "'Tháng ' || (n % 12 + 1) || " + sep + " || '05/' || (n % 12 + 1) || " + sep + " || '3' || " + sep
				+ " || 'KH-BATGT' ELSE 'Tháng ' || (n % 12 + 1) END, '/campaigns', now() - n * interval '9 day', "
				+ "CASE WHEN n % 5 <> 0 THEN now() - n * interval '9 day' + interval '1 day' END FROM users s "
				+ "JOIN units u ON u.id = s.unit_id CROSS JOIN generate_series(1, 30) n WHERE u.committee_id = ? "
				+ "AND s.username LIKE 'dv-%'", p.committeeId());
		int office = jdbc.update("INSERT INTO notifications (user_id, kind, message_key, message_args, link, "
				+ "created_at, read_at) SELECT s.id, 'SUBMISSION_RECEIVED', 'notification.report.submitted', "
				+ "'Đơn vị mẫu ' || n || " + sep + " || 'Tháng ' || (n % 12 + 1) || " + sep + " || '0', '/campaigns', "
				+ "now() - n * interval '1 hour', CASE WHEN n % 5 <> 0 THEN now() - n * interval '1 hour' END "
				+ "FROM users s CROSS JOIN generate_series(1, 3000) n WHERE s.username = 'thuongtruc' AND ? = 1",
				p.number());
		return units + office;
	}

	/** The audit trail: sign-ins and changes of reports by the unit accounts over the five years, a change each. */
	int audit(Province p) {
		int entries = jdbc.update("INSERT INTO audit_entries (occurred_at, user_id, username, action, entity_type, "
				+ "entity_id, remote_address, summary) SELECT now() - i * interval '8 minute', s.id, s.username, "
				+ "(ARRAY['SIGN_IN', 'CREATE', 'UPDATE', 'STATE_CHANGE'])[i % 4 + 1], CASE WHEN i % 4 <> 0 THEN "
				+ "'ProgressReport' END, CASE WHEN i % 4 <> 0 THEN (i % 100000)::text END, '10.0.' || (i % 250) || '.' "
				+ "|| (i % 200), CASE WHEN i % 4 = 0 THEN 'Đăng nhập' ELSE 'Báo cáo kết quả (mẫu)' END "
				+ "FROM generate_series(1, ?) i JOIN (SELECT s.id, s.username, row_number() OVER (ORDER BY s.id) AS rn "
				+ "FROM users s JOIN units u ON u.id = s.unit_id WHERE u.committee_id = ?) s ON s.rn = i % ? + 1",
				Scale.AUDIT_ROWS, p.committeeId(), Scale.unitsPerProvince());
		jdbc.update("INSERT INTO audit_changes (entry_id, field, old_value, new_value) SELECT id, 'status', 'DRAFT', "
				+ "'SUBMITTED' FROM audit_entries WHERE action = 'UPDATE' AND username LIKE 'dv-" + p.prefix().toLowerCase()
				+ "-%'");
		return entries;
	}
}

package vn.atgt.thidua.generator;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province committee's five yearly campaigns (the current year's under way, the four before it closed), each with
 * six task areas, twelve monthly periods due on the 5th of the next month, every member unit taking part, and a
 * registration of 20 targets per unit (every second one a milestone in each tenth place): all approved in closed
 * campaigns; in the current one also some submitted, returned or still in draft.
 */
class GeneratedCampaigns {

	static final String[] TASK_AREAS = { "Tuyên truyền, phổ biến, giáo dục pháp luật về trật tự, an toàn giao thông",
			"Xử lý điểm đen, điểm tiềm ẩn tai nạn giao thông và hành lang an toàn", "Tuần tra, kiểm soát, xử lý vi phạm",
			"Nâng cao chất lượng đào tạo, sát hạch, cấp giấy phép lái xe", "Kiểm soát tải trọng phương tiện",
			"Cứu hộ, cứu nạn và cấp cứu người bị tai nạn giao thông" };

	private final JdbcTemplate jdbc;

	GeneratedCampaigns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void create(Province p) {
		int current = p.today().getYear();
		jdbc.update("INSERT INTO campaigns (committee_id, plan_number, plan_date, legal_basis, title, theme, purpose, "
				+ "start_date, end_date, baseline_year, accident_convention, status, created_at, updated_at) "
				+ "SELECT ?, y || '/KH-BATGT-" + p.prefix() + "', make_date(y, 1, 5), 'Luật Trật tự, an toàn giao thông "
				+ "đường bộ 2024', 'Phong trào thi đua bảo đảm trật tự, an toàn giao thông năm ' || y, 'Năm an toàn "
				+ "giao thông ' || y, 'Kéo giảm tai nạn giao thông trên cả ba tiêu chí.', make_date(y, 1, 1), "
				+ "make_date(y, 12, 31), y - 1, 'CALENDAR_MONTH', CASE WHEN y = ? THEN 'ACTIVE' ELSE 'CLOSED' END, "
				+ "make_date(y, 1, 5), make_date(y, 1, 5) FROM generate_series(?, ?) y",
				p.committeeId(), current, current - Scale.CAMPAIGNS + 1, current);
		String mine = " FROM campaigns c WHERE c.committee_id = " + p.committeeId();
		jdbc.update("INSERT INTO campaign_transitions (campaign_id, from_status, to_status, changed_at, changed_by, "
				+ "changed_by_name) SELECT c.id, NULL, 'DRAFT', c.created_at, 'thuongtruc', 'Chuyên viên Sở Xây dựng'"
				+ mine);
		jdbc.update("INSERT INTO campaign_transitions (campaign_id, from_status, to_status, changed_at, changed_by, "
				+ "changed_by_name) SELECT c.id, 'DRAFT', 'ACTIVE', c.created_at + interval '1 day', 'thuongtruc', "
				+ "'Chuyên viên Sở Xây dựng'" + mine);
		jdbc.update("INSERT INTO campaign_transitions (campaign_id, from_status, to_status, changed_at, changed_by, "
				+ "changed_by_name) SELECT c.id, 'ACTIVE', 'CLOSED', c.end_date + interval '20 day', 'thuongtruc', "
				+ "'Chuyên viên Sở Xây dựng'" + mine + " AND c.status = 'CLOSED'");
		jdbc.update("INSERT INTO campaign_task_areas (campaign_id, number, title, created_at, updated_at) "
				+ "SELECT c.id, t.n, t.title, c.created_at, c.created_at FROM campaigns c CROSS JOIN "
				+ "unnest(?::text[]) WITH ORDINALITY t(title, n) WHERE c.committee_id = ?", TASK_AREAS,
				p.committeeId());
		jdbc.update("INSERT INTO campaign_periods (campaign_id, cadence, name, start_date, end_date, due_date, "
				+ "created_at, updated_at) SELECT c.id, 'MONTHLY', 'Tháng ' || lpad(m::text, 2, '0') || '/' || "
				+ "extract(year FROM c.start_date), (c.start_date + (m - 1) * interval '1 month')::date, "
				+ "(c.start_date + m * interval '1 month' - interval '1 day')::date, "
				+ "(c.start_date + m * interval '1 month' + interval '4 day')::date, c.created_at, c.created_at"
				+ " FROM campaigns c CROSS JOIN generate_series(1, 12) m WHERE c.committee_id = " + p.committeeId());
		jdbc.update("INSERT INTO target_registration_deadlines (campaign_id, deadline, created_at, updated_at) "
				+ "SELECT c.id, c.start_date + 30, c.created_at, c.created_at" + mine);
		jdbc.update("INSERT INTO campaign_participants (campaign_id, unit_id, contact_name, contact_phone, joined_on, "
				+ "created_at, updated_at) SELECT c.id, u.id, 'Cán bộ ' || u.short_name, '0912' || lpad(u.id::text, 6, "
				+ "'0'), c.start_date, c.created_at, c.created_at FROM campaigns c JOIN units u ON u.committee_id = "
				+ "c.committee_id WHERE c.committee_id = ?", p.committeeId());
	}

	/** A registration per participant, submitted 20 days into the year and decided five days later. */
	void registrations(Province p) {
		// h: a stable pseudo-random number 0 … 99 per unit and campaign
		jdbc.update("INSERT INTO target_registrations (campaign_id, unit_id, status, first_submitted_at, "
				+ "last_submitted_at, decided_at, office_note, edited_at, created_at, updated_at) "
				+ "SELECT x.campaign_id, x.unit_id, x.status, CASE WHEN x.status <> 'DRAFT' THEN x.sent END, "
				+ "CASE WHEN x.status <> 'DRAFT' THEN x.sent END, CASE WHEN x.status IN ('APPROVED', 'RETURNED') "
				+ "THEN x.sent + interval '5 day' END, CASE WHEN x.status = 'RETURNED' THEN 'Đề nghị bổ sung chỉ tiêu "
				+ "định lượng cho lĩnh vực 3.' END, x.sent, x.created, x.sent FROM (SELECT cp.campaign_id, cp.unit_id, "
				+ "CASE WHEN c.status = 'CLOSED' OR (cp.unit_id * 37 + c.id * 11) % 100 < 94 THEN 'APPROVED' "
				+ "WHEN (cp.unit_id * 37 + c.id * 11) % 100 < 96 THEN 'SUBMITTED' "
				+ "WHEN (cp.unit_id * 37 + c.id * 11) % 100 < 98 THEN 'RETURNED' ELSE 'DRAFT' END AS status, "
				+ "(c.start_date + 20 + interval '9 hour')::timestamptz AS sent, (c.start_date + 10)::timestamptz AS created "
				+ "FROM campaign_participants cp JOIN campaigns c ON c.id = cp.campaign_id WHERE c.committee_id = ?) x",
				p.committeeId());
		String reg = " FROM target_registrations r JOIN campaigns c ON c.id = r.campaign_id JOIN users s ON "
				+ "s.unit_id = r.unit_id AND s.username LIKE 'dv-%' WHERE c.committee_id = " + p.committeeId();
		jdbc.update("INSERT INTO target_registration_transitions (registration_id, from_status, to_status, changed_at, "
				+ "changed_by, changed_by_name) SELECT r.id, NULL, 'DRAFT', r.created_at, s.username, s.full_name" + reg);
		jdbc.update("INSERT INTO target_registration_transitions (registration_id, from_status, to_status, changed_at, "
				+ "changed_by, changed_by_name) SELECT r.id, 'DRAFT', 'SUBMITTED', r.first_submitted_at, s.username, "
				+ "s.full_name" + reg + " AND r.status <> 'DRAFT'");
		jdbc.update("INSERT INTO target_registration_transitions (registration_id, from_status, to_status, reason, "
				+ "changed_at, changed_by, changed_by_name) SELECT r.id, 'SUBMITTED', r.status, r.office_note, "
				+ "r.decided_at, 'thuongtruc', 'Chuyên viên Sở Xây dựng'" + reg
				+ " AND r.status IN ('APPROVED', 'RETURNED')");
		jdbc.update("INSERT INTO targets (registration_id, task_area_id, position, kind, indicator_name, "
				+ "unit_of_measure, direction, baseline_value, target_value, due_date, note, created_at, updated_at) "
				+ "SELECT r.id, ta.id, t, CASE WHEN t % 10 = 0 THEN 'MILESTONE' ELSE 'QUANTITATIVE' END, "
				+ "CASE WHEN t % 10 = 0 THEN 'Hoàn thành kế hoạch ' || ta.number || '.' || t ELSE 'Số lượt hoạt động "
				+ "' || ta.number || '.' || t || ' (tuyên truyền, kiểm tra, xử lý)' END, "
				+ "CASE WHEN t % 10 <> 0 THEN 'lượt' END, CASE WHEN t % 10 <> 0 THEN 'AT_LEAST' END, "
				+ "CASE WHEN t % 10 <> 0 THEN 10 * t END, CASE WHEN t % 10 <> 0 THEN 12 * t + r.unit_id % 7 END, "
				+ "CASE WHEN t % 10 = 0 THEN make_date(extract(year FROM c.start_date)::int, 6 + t / 10, 30) END, "
				+ "NULL, r.created_at, r.created_at FROM target_registrations r JOIN campaigns c ON c.id = r.campaign_id "
				+ "CROSS JOIN generate_series(1, " + Scale.TARGETS + ") t JOIN campaign_task_areas ta ON "
				+ "ta.campaign_id = c.id AND ta.number = (t - 1) % " + Scale.TASK_AREAS + " + 1 "
				+ "WHERE c.committee_id = ?", p.committeeId());
	}
}

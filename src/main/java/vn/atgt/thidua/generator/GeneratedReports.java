package vn.atgt.thidua.generator;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monthly progress reports of every unit with approved targets, an entry per target, their history, narratives and
 * evidence metadata. Periods due more than a month ago: accepted (a few still returned); due less than a month ago:
 * every state, and some units have sent nothing yet (late); the month under way: drafts of some units; later months:
 * nothing. A few submissions came days after the due date ({@code late_days}).
 */
class GeneratedReports {

	private final JdbcTemplate jdbc;

	GeneratedReports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> campaigns(Province p) {
		return jdbc.queryForList("SELECT id FROM campaigns WHERE committee_id = ? ORDER BY start_date", Long.class,
				p.committeeId());
	}

	/** The reports of one campaign and their history; returns how many. */
	int reports(Province p, long campaign) {
		Date today = Date.valueOf(p.today());
		// h: stable pseudo-random 0 … 99 per unit and period
		int count = jdbc.update("INSERT INTO progress_reports (campaign_id, period_id, unit_id, status, difficulties, "
				+ "proposals, office_note, first_submitted_at, last_submitted_at, late_days, decided_at, edited_at, "
				+ "created_at, updated_at) SELECT x.campaign_id, x.period_id, x.unit_id, x.status, "
				+ "'Kinh phí cho công tác tuyên truyền còn hạn chế.', 'Đề nghị hỗ trợ biển báo tại các điểm tiềm ẩn.', "
				+ "CASE WHEN x.status = 'RETURNED' THEN 'Đề nghị bổ sung số liệu và minh chứng.' END, "
				+ "CASE WHEN x.status <> 'DRAFT' THEN x.sent END, CASE WHEN x.status <> 'DRAFT' THEN x.sent END, "
				+ "CASE WHEN x.status <> 'DRAFT' THEN x.late END, CASE WHEN x.status IN ('ACCEPTED', 'RETURNED') THEN "
				+ "LEAST(x.sent + interval '2 day', now()) END, COALESCE(x.sent, x.started), x.started, "
				+ "COALESCE(x.sent, x.started) FROM (SELECT r.campaign_id, cp.id AS period_id, r.unit_id, "
				+ "CASE WHEN cp.due_date < ?::date - 30 THEN CASE WHEN y.h < 98 THEN 'ACCEPTED' ELSE 'RETURNED' END "
				+ "WHEN cp.due_date < ?::date THEN CASE WHEN y.h < 40 THEN 'ACCEPTED' WHEN y.h < 65 THEN 'SUBMITTED' "
				+ "WHEN y.h < 75 THEN 'RETURNED' WHEN y.h < 88 THEN 'DRAFT' END "
				+ "WHEN cp.start_date <= ?::date AND y.h < 40 THEN 'DRAFT' END AS status, "
				+ "CASE WHEN y.h % 10 = 3 THEN 1 + y.h % 4 ELSE 0 END AS late, "
				+ "LEAST((cp.due_date + CASE WHEN y.h % 10 = 3 THEN 1 + y.h % 4 ELSE -1 END + interval '9 hour')::timestamptz, "
				+ "now() - interval '1 hour') AS sent, LEAST((cp.end_date - 3 + interval '8 hour')::timestamptz, now() - "
				+ "interval '2 hour') AS started FROM target_registrations r JOIN campaign_periods cp ON cp.campaign_id = "
				+ "r.campaign_id CROSS JOIN LATERAL (SELECT ((r.unit_id * 31 + cp.id * 17) % 100)::int AS h) y "
				+ "WHERE r.campaign_id = ? AND r.status = 'APPROVED') x WHERE x.status IS NOT NULL",
				today, today, today, campaign);
		String rep = " FROM progress_reports r JOIN users s ON s.unit_id = r.unit_id AND s.username LIKE 'dv-%' "
				+ "WHERE r.campaign_id = " + campaign;
		String who = "s.username, s.full_name";
		jdbc.update("INSERT INTO report_transitions (report_id, action, from_status, to_status, changed_at, changed_by, "
				+ "changed_by_name) SELECT r.id, 'STARTED', NULL, 'DRAFT', r.created_at, " + who + rep);
		jdbc.update("INSERT INTO report_transitions (report_id, action, from_status, to_status, late_days, changed_at, "
				+ "changed_by, changed_by_name) SELECT r.id, 'SUBMITTED', 'DRAFT', 'SUBMITTED', r.late_days, "
				+ "r.last_submitted_at, " + who + rep + " AND r.status <> 'DRAFT'");
		jdbc.update("INSERT INTO report_transitions (report_id, action, from_status, to_status, reason, changed_at, "
				+ "changed_by, changed_by_name) SELECT r.id, r.status, 'SUBMITTED', r.status, r.office_note, r.decided_at, "
				+ "'thuongtruc', 'Chuyên viên Sở Xây dựng'" + rep + " AND r.status IN ('ACCEPTED', 'RETURNED')");
		return count;
	}

	/** An entry per target of the unit's registration; drafts have half of theirs still empty. */
	int entries(long campaign) {
		return jdbc.update("INSERT INTO progress_entries (report_id, target_id, period_value, milestone_done, comment, "
				+ "created_at, updated_at) SELECT r.id, t.id, CASE WHEN t.kind = 'QUANTITATIVE' AND NOT (r.status = "
				+ "'DRAFT' AND t.position > 10) THEN t.position + (r.id + t.position) % 9 END, "
				+ "CASE WHEN t.kind = 'MILESTONE' AND NOT (r.status = 'DRAFT' AND t.position > 10) "
				+ "THEN (r.id + t.position) % 3 = 0 END, CASE WHEN t.position % 5 = 1 THEN 'Tổ chức ' || t.position "
				+ "|| ' buổi tuyên truyền tại khu dân cư.' END, r.created_at, r.updated_at FROM progress_reports r "
				+ "JOIN target_registrations g ON g.campaign_id = r.campaign_id AND g.unit_id = r.unit_id "
				+ "JOIN targets t ON t.registration_id = g.id WHERE r.campaign_id = ?", campaign);
	}

	/** The current campaign's narratives (one per task area of each report) and a photo on every fourth report. */
	void narrativesAndEvidence(long campaign) {
		jdbc.update("INSERT INTO report_narratives (report_id, task_area_id, activities, results, created_at, "
				+ "updated_at) SELECT r.id, ta.id, 'Tổ chức tuyên truyền, ra quân kiểm tra theo kế hoạch (lĩnh vực ' || "
				+ "ta.number || ').', 'Hoàn thành các nội dung đề ra trong tháng.', r.created_at, r.updated_at "
				+ "FROM progress_reports r JOIN campaign_task_areas ta ON ta.campaign_id = r.campaign_id "
				+ "WHERE r.campaign_id = ?", campaign);
		jdbc.update("INSERT INTO stored_files (storage_key, original_name, content_type, kind, size_bytes, sha256, "
				+ "created_at, created_by) SELECT 'gen-' || md5('evidence-' || r.id), 'anh-hoat-dong-' || r.id || '.jpg', "
				+ "'image/jpeg', 'JPEG', octet_length('ảnh mẫu ' || r.id), encode(sha256(convert_to('ảnh mẫu ' || r.id, "
				+ "'UTF8')), 'hex'), r.created_at, 'generator' FROM progress_reports r WHERE r.campaign_id = ? "
				+ "AND r.id % 4 = 0", campaign);
		jdbc.update("INSERT INTO stored_file_contents (storage_key, content) SELECT 'gen-' || md5('evidence-' || r.id), "
				+ "convert_to('ảnh mẫu ' || r.id, 'UTF8') FROM progress_reports r WHERE r.campaign_id = ? "
				+ "AND r.id % 4 = 0", campaign);
		jdbc.update("INSERT INTO report_evidence (report_id, file_id, caption, sample, created_at, updated_at) "
				+ "SELECT r.id, f.id, 'Ảnh hoạt động (mẫu)', TRUE, r.created_at, r.updated_at FROM progress_reports r "
				+ "JOIN stored_files f ON f.storage_key = 'gen-' || md5('evidence-' || r.id) WHERE r.campaign_id = ?",
				campaign);
	}
}

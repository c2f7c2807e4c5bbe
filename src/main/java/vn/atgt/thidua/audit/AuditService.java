package vn.atgt.thidua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.format.Formats;

/**
 * The door of the audit module: reads the audit trail, unscoped (the administrators' page reads it through
 * {@link AuditQueries}, which checks {@link AuditAccess}; other modules show the history of one of their items). The
 * trail has no entities (it is written by plain JDBC in the transaction of each change), so the reads are SQL
 * projections too: one query for the page of entries, one for the changes of those entries, and a count only when the
 * page does not tell the total.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

	private static final String ENTRY_COLUMNS = "SELECT e.id, e.occurred_at, e.user_id, e.username, e.action, "
			+ "e.entity_type, e.entity_id, e.remote_address, e.summary FROM audit_entries e";

	private static final int IDS_PER_QUERY = 1000;

	/** How many entries past the page asked for the list counts at most. */
	public static final int COUNT_CAP = 1_000;

	private final NamedParameterJdbcTemplate jdbc;

	AuditService(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of entries matching the filter, newest first, each with its changed fields (the whole trail). */
	public Page<AuditEntryRow> search(AuditFilter filter, Pageable pageable) {
		return search(null, filter, pageable);
	}

	/**
	 * A page of the entries of a committee's people matching the filter, newest first ({@code committeeId} null: the
	 * whole trail, for the installation's own checks). An entry belongs to the committee its actor's account is in;
	 * entries without an account (failed sign-ins, the system) belong to no committee.
	 */
	public Page<AuditEntryRow> search(Long committeeId, AuditFilter filter, Pageable pageable) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params) + (committeeId == null ? ""
				: " AND e.user_id IN (SELECT u.id FROM users u WHERE u.committee_id = :committeeId)");
		params.addValue("committeeId", committeeId);
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<AuditEntryRow> entries = jdbc.query(ENTRY_COLUMNS + where
				+ " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset", params, AuditService::entry);
		// the count stops at COUNT_CAP entries past this page: an exact count of a province's trail (300,000 entries
		// and growing) was an index scan of all of it on every page view, and even 10,000 past the page cost 2–5 ms
		// of PostgreSQL per view (1,000: 0.2 ms); isCapped tells the page "more than"
		params.addValue("countLimit", pageable.getOffset() + pageable.getPageSize() + COUNT_CAP);
		return PageableExecutionUtils.getPage(withChanges(entries), pageable,
				() -> jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM audit_entries e" + where
						+ " LIMIT :countLimit) c", params, Long.class));
	}

	/**
	 * True when the page's total is not exact: {@link #search} counts at most {@value #COUNT_CAP} entries past the
	 * page asked for, and there were that many.
	 */
	public static boolean isCapped(Page<AuditEntryRow> page) {
		return page.getTotalElements() >= page.getPageable().getOffset() + page.getSize() + COUNT_CAP;
	}

	/**
	 * The whole history of one item, oldest first: for the "history" panel of a module's detail page.
	 * @param entityType the entity class's simple name, e.g. {@code "MemberUnit"}
	 * @param entityId the entity's id as text
	 */
	public List<AuditEntryRow> historyOf(String entityType, String entityId) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("type", entityType)
			.addValue("id", entityId);
		return withChanges(jdbc.query(ENTRY_COLUMNS
				+ " WHERE e.entity_type = :type AND e.entity_id = :id ORDER BY e.occurred_at, e.id", params,
				AuditService::entry));
	}

	/** The entity types that occur in the trail, by name: the choices of the entity filter. */
	public List<String> entityTypes() {
		// A loose index scan: each step jumps to the next type on ix_audit_entries_entity, so the cost grows with the
		// number of types (a dozen), not with the number of entries (millions), as SELECT DISTINCT would.
		return jdbc.getJdbcTemplate().queryForList("""
				WITH RECURSIVE types (name) AS (
				    SELECT MIN(entity_type) FROM audit_entries
				    UNION ALL
				    SELECT (SELECT MIN(a.entity_type) FROM audit_entries a WHERE a.entity_type > t.name)
				    FROM types t WHERE t.name IS NOT NULL
				)
				SELECT name FROM types WHERE name IS NOT NULL ORDER BY name""", String.class);
	}

	private static String where(AuditFilter filter, MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (filter.username() != null && !filter.username().isBlank()) {
			where.append(" AND LOWER(e.username) LIKE :username ESCAPE '!'");
			params.addValue("username", "%" + escapeLike(filter.username().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.entityType() != null && !filter.entityType().isBlank()) {
			where.append(" AND e.entity_type = :entityType");
			params.addValue("entityType", filter.entityType());
		}
		if (filter.action() != null) {
			where.append(" AND e.action = :action");
			params.addValue("action", filter.action().name());
		}
		if (filter.from() != null) {
			where.append(" AND e.occurred_at >= :from");
			params.addValue("from", startOf(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" AND e.occurred_at < :toExclusive");
			params.addValue("toExclusive", startOf(filter.to().plusDays(1)));
		}
		return where.toString();
	}

	/** Midnight of the day in Vietnam, as the instant the database compares. */
	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(Formats.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	/**
	 * Attaches the changes of the given entries, read with one query for a page (one per thousand entries for a long
	 * history), never one per entry.
	 */
	private List<AuditEntryRow> withChanges(List<AuditEntryRow> entries) {
		Map<Long, List<AuditChange>> changes = new LinkedHashMap<>();
		entries.forEach(e -> changes.put(e.id(), new ArrayList<>()));
		List<Long> ids = List.copyOf(changes.keySet());
		for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
			jdbc.query("SELECT entry_id, field, old_value, new_value FROM audit_changes WHERE entry_id IN (:ids) "
					+ "ORDER BY entry_id, id",
					new MapSqlParameterSource("ids", ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY))),
					rs -> {
						changes.get(rs.getLong("entry_id"))
							.add(new AuditChange(rs.getString("field"), rs.getString("old_value"),
									rs.getString("new_value")));
					});
		}
		return entries.stream().map(e -> e.withChanges(changes.get(e.id()))).toList();
	}

	private static AuditEntryRow entry(ResultSet rs, int row) throws SQLException {
		long userId = rs.getLong("user_id");
		boolean noUser = rs.wasNull();
		return new AuditEntryRow(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				noUser ? null : userId, rs.getString("username"), AuditAction.valueOf(rs.getString("action")),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("remote_address"),
				rs.getString("summary"), List.of());
	}
}

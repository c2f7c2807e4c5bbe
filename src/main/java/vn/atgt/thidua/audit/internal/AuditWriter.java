package vn.atgt.thidua.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import vn.atgt.thidua.audit.AuditChange;

/**
 * Writes an entry and its changes with plain JDBC on the connection it is given, so that the rows belong to the
 * caller's transaction: the entity listener passes the session's own connection (a rollback drops the rows with the
 * change they describe), the sign-in listener the connection of a transaction of its own.
 */
final class AuditWriter {

	static final int MAX_TEXT = 2000;

	private static final String INSERT_ENTRY = "INSERT INTO audit_entries (occurred_at, user_id, username, action, "
			+ "entity_type, entity_id, remote_address, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
	private static final String INSERT_CHANGE = "INSERT INTO audit_changes (entry_id, field, old_value, new_value) "
			+ "VALUES (?, ?, ?, ?)";

	private AuditWriter() {
	}

	/** Inserts the entry and its changes; returns the entry's id. */
	static long insert(Connection connection, AuditRecord record) throws SQLException {
		long entryId;
		try (PreparedStatement entry = connection.prepareStatement(INSERT_ENTRY, new String[] { "id" })) {
			entry.setObject(1, OffsetDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC));
			if (record.actor().userId() == null) {
				entry.setNull(2, Types.BIGINT);
			}
			else {
				entry.setLong(2, record.actor().userId());
			}
			entry.setString(3, truncate(record.actor().username(), 100));
			entry.setString(4, record.action().name());
			entry.setString(5, truncate(record.entityType(), 100));
			entry.setString(6, truncate(record.entityId(), 100));
			entry.setString(7, truncate(record.actor().remoteAddress(), 64));
			entry.setString(8, truncate(record.summary(), 500));
			entry.executeUpdate();
			try (ResultSet keys = entry.getGeneratedKeys()) {
				if (!keys.next()) {
					throw new SQLException("no id returned for the audit entry");
				}
				entryId = keys.getLong(1);
			}
		}
		insertChanges(connection, entryId, record.changes());
		return entryId;
	}

	/** Adds changes to an entry written earlier in the same transaction. */
	static void insertChanges(Connection connection, long entryId, List<AuditChange> changes) throws SQLException {
		if (changes.isEmpty()) {
			return;
		}
		try (PreparedStatement change = connection.prepareStatement(INSERT_CHANGE)) {
			for (AuditChange c : changes) {
				change.setLong(1, entryId);
				change.setString(2, truncate(c.field(), 100));
				change.setString(3, truncate(c.oldValue(), MAX_TEXT));
				change.setString(4, truncate(c.newValue(), MAX_TEXT));
				change.addBatch();
			}
			change.executeBatch();
		}
	}

	/** Cuts text to at most {@code max} characters, ending with "…" when cut, never inside a surrogate pair. */
	static String truncate(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}
}

package vn.atgt.thidua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.jdbc.ReturningWork;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.atgt.thidua.audit.AuditChange;
import vn.atgt.thidua.common.persistence.NotAudited;

/**
 * The entity listener's rules without a database: which action an update is, what is masked, skipped and cut. The
 * integration tests prove the same listener against PostgreSQL through real modules.
 */
class AuditEntityListenerTests {

	static final String[] PROPERTIES = { "note", "passwordHash", "status", "updatedAt", "version" };

	final EntityChangeAuditor auditor = new EntityChangeAuditor(
			Clock.fixed(Instant.parse("2024-06-21T02:00:00Z"), ZoneOffset.UTC));
	final SharedSessionContractImplementor session = mock(SharedSessionContractImplementor.class);
	final EntityPersister persister = mock(EntityPersister.class);
	final PreparedStatement entry = mock(PreparedStatement.class);
	final PreparedStatement changeRows = mock(PreparedStatement.class);
	final List<String> entryValues = new ArrayList<>();
	final List<String> changeValues = new ArrayList<>();

	@BeforeEach
	void fakeSessionAndJdbc() throws Exception {
		Type plain = mock(Type.class);
		when(persister.getPropertyNames()).thenReturn(PROPERTIES);
		when(persister.getPropertyTypes()).thenReturn(new Type[] { plain, plain, plain, plain, plain });
		when(persister.getEntityName()).thenReturn("ProgressReport");
		mapTo(ProgressReport.class);

		Connection connection = mock(Connection.class);
		ResultSet keys = mock(ResultSet.class);
		when(connection.prepareStatement(startsWith("INSERT INTO audit_entries"), any(String[].class)))
			.thenReturn(entry);
		when(connection.prepareStatement(startsWith("INSERT INTO audit_changes"))).thenReturn(changeRows);
		when(entry.getGeneratedKeys()).thenReturn(keys);
		when(keys.next()).thenReturn(true);
		when(keys.getLong(1)).thenReturn(7L);
		doAnswer(call -> entryValues.add(call.getArgument(1))).when(entry).setString(anyInt(), any());
		doAnswer(call -> changeValues.add(call.getArgument(1))).when(changeRows).setString(anyInt(), any());
		when(session.doReturningWork(any())).thenAnswer(call -> {
			ReturningWork<?> work = call.getArgument(0);
			return work.execute(connection);
		});
	}

	@Test
	void anUpdateThatMovesTheStatusIsAStateChange() {
		update(new Object[] { "ghi chú", "$2a$old", "SUBMITTED", Instant.EPOCH, 3L },
				new Object[] { "ghi chú", "$2a$new", "ACCEPTED", Instant.now(), 4L }, 1, 2, 3, 4);

		assertThat(entryValues).containsExactly("system", "STATE_CHANGE", "ProgressReport", "42", null, null);
		assertThat(changes()).containsExactly(new AuditChange("passwordHash", "***", "***"),
				new AuditChange("status", "SUBMITTED", "ACCEPTED"));
	}

	@Test
	void anUpdateOfOtherFieldsIsAnUpdate() {
		update(new Object[] { null, "h", "DRAFT", Instant.EPOCH, 3L },
				new Object[] { "mới", "h", "DRAFT", Instant.now(), 4L }, 0, 3, 4);

		assertThat(entryValues).contains("UPDATE");
		assertThat(changes()).containsExactly(new AuditChange("note", null, "mới"));
	}

	@Test
	void anUpdateOfBookkeepingAloneIsNotRecorded() {
		update(new Object[] { "a", "h", "DRAFT", Instant.EPOCH, 3L },
				new Object[] { "a", "h", "DRAFT", Instant.now(), 4L }, 3, 4);

		verify(session, never()).doReturningWork(any());
	}

	@Test
	void longValuesAreCutTo2000Characters() {
		String longNote = "đ".repeat(2500);
		auditor.onPostInsert(new PostInsertEvent(new ProgressReport(), 42L,
				new Object[] { longNote, null, "DRAFT", Instant.now(), 0L }, persister, session));

		assertThat(entryValues).contains("CREATE");
		List<AuditChange> changes = changes();
		assertThat(changes).extracting(AuditChange::field).containsExactly("note", "status");
		assertThat(changes.get(0).newValue()).hasSize(2000).endsWith("…");
	}

	@Test
	void entitiesMarkedNotAuditedAreLeftOut() throws Exception {
		mapTo(Counter.class);
		auditor.onPostInsert(new PostInsertEvent(new Counter(), 1L, new Object[] { "x", null, null, null, 0L },
				persister, session));

		verify(session, never()).doReturningWork(any());
		verify(changeRows, never()).setString(anyInt(), anyString());
	}

	private void update(Object[] oldState, Object[] newState, int... dirty) {
		auditor.onPostUpdate(new PostUpdateEvent(new ProgressReport(), 42L, newState, oldState, dirty, persister,
				session));
	}

	/** The change rows as written: field, old value, new value per row. */
	private List<AuditChange> changes() {
		List<AuditChange> rows = new ArrayList<>();
		for (int i = 0; i + 2 < changeValues.size(); i += 3) {
			rows.add(new AuditChange(changeValues.get(i), changeValues.get(i + 1), changeValues.get(i + 2)));
		}
		return rows;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void mapTo(Class<?> type) {
		when(persister.getMappedClass()).thenReturn((Class) type);
	}

	static class ProgressReport {
	}

	@NotAudited
	static class Counter {
	}
}

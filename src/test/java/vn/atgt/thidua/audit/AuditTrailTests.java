package vn.atgt.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserCommand;
import vn.atgt.thidua.account.internal.Principals;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;

@ThiDuaIntegrationTest
class AuditTrailTests {

	@Autowired
	UnitService units;

	@Autowired
	UserAdminService userAdmin;

	@Autowired
	AuditService audit;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void creatingUpdatingAndDeactivatingAUnitIsRecordedWithOldAndNewValuesAndTheActingUser() {
		CurrentUser admin = users.admin();
		actAs(admin);
		String code = TestUsers.uniqueName("DV");
		Long id = units.create(new UnitCommand(code, "Phòng Giáo dục", null, UnitKind.AGENCY, null, null, null, null,
				false));
		units.update(id, units.get(id).version(), new UnitCommand(code, "Phòng Giáo dục và Đào tạo", "GD-ĐT",
				UnitKind.AGENCY, null, null, "gddt@tamduong.gov.vn", null, false));
		units.setActive(id, false);

		List<AuditEntryRow> history = audit.historyOf("MemberUnit", id.toString());

		assertThat(history).extracting(AuditEntryRow::action)
			.containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE);
		assertThat(history).allSatisfy(entry -> {
			assertThat(entry.username()).isEqualTo(admin.username());
			assertThat(entry.userId()).isEqualTo(admin.id());
			assertThat(entry.entityType()).isEqualTo("MemberUnit");
		});
		AuditEntryRow created = history.get(0);
		assertThat(created.changes()).extracting(AuditChange::field, AuditChange::oldValue, AuditChange::newValue)
			.contains(tuple("code", null, code), tuple("name", null, "Phòng Giáo dục"), tuple("kind", null, "AGENCY"),
					tuple("active", null, "true"));
		assertThat(created.changes()).extracting(AuditChange::field)
			.doesNotContain("shortName", "email", "version", "createdAt", "createdBy", "updatedAt", "updatedBy",
					"searchKey");
		assertThat(history.get(1).changes()).extracting(AuditChange::field, AuditChange::oldValue,
				AuditChange::newValue)
			.containsExactlyInAnyOrder(tuple("name", "Phòng Giáo dục", "Phòng Giáo dục và Đào tạo"),
					tuple("shortName", null, "GD-ĐT"), tuple("email", null, "gddt@tamduong.gov.vn"));
		assertThat(history.get(2).changes()).extracting(AuditChange::field, AuditChange::oldValue,
				AuditChange::newValue)
			.containsExactly(tuple("active", "true", "false"));
	}

	@Test
	void aRolledBackTransactionLeavesNoAuditRow() {
		actAs(users.admin());
		String code = TestUsers.uniqueName("HUY");
		Long id = new TransactionTemplate(transactions).execute(status -> {
			Long created = units.create(new UnitCommand(code, "Đơn vị sẽ hủy", null, UnitKind.OTHER, null, null,
					null, null, false));
			// written in the same transaction: visible inside it...
			assertThat(countEntriesOf("MemberUnit", created)).isEqualTo(1);
			status.setRollbackOnly();
			return created;
		});
		// ...and gone with it
		assertThat(countEntriesOf("MemberUnit", id)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_changes WHERE new_value = ?", Long.class, code))
			.isZero();
	}

	@Test
	void aUsersRolesAreRecordedWithHerCreationAndEachChangeOfThem() {
		CurrentUser admin = users.admin();
		actAs(admin);
		CurrentUser office = users.office();
		List<AuditEntryRow> history = audit.historyOf("UserAccount", office.id().toString());
		assertThat(history).hasSize(1);
		assertThat(history.get(0).action()).isEqualTo(AuditAction.CREATE);
		assertThat(history.get(0).changes()).extracting(AuditChange::field, AuditChange::newValue)
			.contains(tuple("username", office.username()), tuple("roles", "[STANDING_OFFICE]"),
					tuple("passwordHash", "***"));

		long version = userAdmin.get(office.id()).version();
		userAdmin.update(admin, office.id(), version, new UserCommand(office.username(), "Người dùng office", null,
				null, null, null, Set.of(Role.LEADER, Role.STANDING_OFFICE)));

		history = audit.historyOf("UserAccount", office.id().toString());
		assertThat(history).hasSize(2);
		assertThat(history.get(1).action()).isEqualTo(AuditAction.UPDATE);
		assertThat(history.get(1).username()).isEqualTo(admin.username());
		assertThat(history.get(1).changes()).extracting(AuditChange::field, AuditChange::oldValue,
				AuditChange::newValue)
			.containsExactly(tuple("roles", "[STANDING_OFFICE]", "[LEADER, STANDING_OFFICE]"));
	}

	@Test
	void workOutsideASignedInRequestIsRecordedAsTheSystem() {
		String code = TestUsers.uniqueName("HT");
		Long id = units.create(new UnitCommand(code, "Đơn vị do hệ thống tạo", null, UnitKind.OTHER, null, null, null,
				null, false));
		AuditEntryRow created = audit.historyOf("MemberUnit", id.toString()).get(0);
		assertThat(created.username()).isEqualTo(AuditEntryRow.SYSTEM);
		assertThat(created.userId()).isNull();
		assertThat(created.bySystem()).isTrue();
	}

	@Test
	void postgresqlRefusesToChangeOrDeleteWhatTheTrailRecorded() {
		actAs(users.admin());
		Long id = units.create(new UnitCommand(TestUsers.uniqueName("KD"), "Đơn vị", null, UnitKind.OTHER, null, null,
				null, null, false));
		long entryId = audit.historyOf("MemberUnit", id.toString()).get(0).id();

		assertThatThrownBy(() -> jdbc.update("UPDATE audit_entries SET username = 'ke-gian' WHERE id = ?", entryId))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entries WHERE id = ?", entryId))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("UPDATE audit_changes SET new_value = 'x' WHERE entry_id = ?", entryId))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_changes, audit_entries"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(audit.historyOf("MemberUnit", id.toString()).get(0).username()).isNotEqualTo("ke-gian");
	}

	private long countEntriesOf(String type, Long id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entries WHERE entity_type = ? AND entity_id = ?",
				Long.class, type, id.toString());
	}

	static void actAs(CurrentUser user) {
		SecurityContextHolder.getContext().setAuthentication(Principals.authenticated(user, 0));
	}
}

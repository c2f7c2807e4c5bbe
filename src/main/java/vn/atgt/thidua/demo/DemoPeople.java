package vn.atgt.thidua.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Who acts in the demo stories, and when: the demo accounts as the services see them signed in, the sample person in
 * charge of a unit without an account, units by code, and moments of 2024 in Vietnamese time.
 */
@Component
@Profile("demo")
class DemoPeople {

	private final UserAdminService users;
	private final UnitService units;

	DemoPeople(UserAdminService users, UnitService units) {
		this.users = users;
		this.units = units;
	}

	/** A demo account, as the service sees her when she is signed in. */
	CurrentUser account(String username, Role role) {
		UserRow row = users.activeUsersWithRole(role).stream()
			.filter(u -> u.username().equals(username))
			.findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(),
				row.committeeId(), row.roles(), false);
	}

	/** The unit's sample person in charge (no account): prepares and submits on the unit's behalf. */
	CurrentUser sample(Long unitId, String contactName) {
		return new CurrentUser(null, "mau-" + unitId, contactName, unitId, units.nameOf(unitId),
				units.find(unitId).map(UnitSummary::committeeId).orElse(null), EnumSet.of(Role.UNIT_OFFICER, Role.UNIT_HEAD), false);
	}

	Long unit(String code) {
		return units.findByCode(code).map(UnitSummary::id).orElseThrow();
	}

	/** A 2024 moment of the story, Vietnamese time. */
	static Instant at(int day, int month, int hour, int minute) {
		return LocalDateTime.of(2024, month, day, hour, minute).atZone(Formats.ZONE).toInstant();
	}
}

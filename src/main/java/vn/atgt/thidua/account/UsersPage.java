package vn.atgt.thidua.account;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.unit.UnitSummary;

/** The list of accounts: a page of them, each row's buttons by account id, and the units of the filter. */
public record UsersPage(Page<UserRow> users, Map<Long, UserActions> actions, List<UnitSummary> units) {
}

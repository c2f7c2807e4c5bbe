package vn.atgt.thidua.common;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Every list takes any page number: one past the end, or so far past it that its offset would overflow an
 * {@code int}, is an empty page (200), never an error page; a number that is not one is the first page.
 */
@ThiDuaIntegrationTest
class ListPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@ParameterizedTest
	@ValueSource(strings = { "2147483647", "50000000", "-5", "99999999999", "abc" })
	void everyListAnswersAnyPageNumber(String page) throws Exception {
		for (String list : new String[] { "/notifications", "/campaigns" }) {
			mvc.perform(get(list).param("page", page).with(as(users.office()))).andExpect(status().isOk());
		}
		for (String list : new String[] { "/admin/users", "/admin/units", "/admin/areas", "/admin/audit" }) {
			mvc.perform(get(list).param("page", page).with(as(users.admin()))).andExpect(status().isOk());
		}
	}
}

package vn.atgt.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.DemoDataTest;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;

/**
 * Issue 18, item 1: committees are sealed from each other. Committee B is the demo's Ban ATGT (its Tam Đường 2024
 * campaign holds data of every kind: reports with evidence, accident months, black spots with files, scores,
 * exemplars with photos, proposals, summary reports, documents, people and audit entries); committee A is built here
 * by hand, with its own standing office, leader and administrator, and there is a system administrator. For every GET
 * page and POST action that takes an id, enumerated from the application's request mappings so that none is missed,
 * each of A's roles and the system administrator get 403 or 404 on B's item, and the lists without an id show none of
 * B's names.
 */
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // committee A and its people are built once, for both tests
class CommitteeSealTests {

	/**
	 * Reference data of the whole installation, not of a committee: the official administrative areas (issue 18,
	 * item 5: one list for every committee) and the catalogue of award forms (titles set by law, the same for all).
	 */
	private static final List<String> SHARED = List.of("/admin/areas", "/admin/award-forms");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUnits testUnits;

	@Autowired
	TestUsers testUsers;

	Map<String, CurrentUser> strangers;
	Long b;
	Long campaign;
	String unitOfB;

	@BeforeAll
	void committees() {
		campaign = jdbc.queryForObject("select id from campaigns where plan_number = '06/KH-BATGT'", Long.class);
		b = jdbc.queryForObject("select committee_id from campaigns where id = ?", Long.class, campaign);
		unitOfB = String.valueOf(jdbc.queryForObject("select min(unit_id) from campaign_participants where campaign_id = ?",
				Long.class, campaign));
		// "xã Zeta" sorts after the demo's committee: the demo's stays the installation's first (main) one
		Long a = testUnits.committee("xã Zeta " + TestUnits.uniqueCode("A"));
		strangers = new LinkedHashMap<>();
		strangers.put("office of A", testUsers.createIn("officeA", null, a, Role.STANDING_OFFICE));
		strangers.put("leader of A", testUsers.createIn("leaderA", null, a, Role.LEADER));
		strangers.put("admin of A", testUsers.createIn("adminA", null, a, Role.ADMIN));
		strangers.put("system administrator", testUsers.systemAdmin());
	}

	@TestFactory
	Stream<DynamicTest> everyPageAndActionWithAnIdOfAnotherCommitteeIsRefused() {
		List<Endpoint> endpoints = endpointsWithIds();
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			String url = resolve(endpoint.pattern());
			for (Map.Entry<String, CurrentUser> role : strangers.entrySet()) {
				if (role.getValue().has(Role.SYSTEM_ADMIN) && endpoint.pattern().startsWith("/admin/committees/")) {
					continue; // she keeps every committee (creates it, gives it its administrator): no unit data
				}
				tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + url + " as " + role.getKey(),
						() -> assertRefused(endpoint.method(), url, role.getValue())));
			}
		}
		System.out.printf("Committee seal: %d endpoints with an id, %d roles: %d (endpoint x role) pairs%n",
				endpoints.size(), strangers.size(), tests.size());
		assertThat(endpoints).hasSizeGreaterThan(100);
		return tests.stream();
	}

	/** The lists without an id (campaigns, units, users, audit, notifications, the home page) show nothing of B. */
	@Test
	void listsWithoutAnIdShowNothingOfAnotherCommittee() throws Exception {
		String title = jdbc.queryForObject("select title from campaigns where id = ?", String.class, campaign);
		String unit = jdbc.queryForObject("select min(name) from units where committee_id = ?", String.class, b);
		String person = jdbc.queryForObject("select min(full_name) from users where committee_id = ?", String.class,
				b);
		for (String list : List.of("/", "/campaigns", "/admin/units", "/admin/users", "/admin/audit",
				"/admin/committees", "/notifications")) {
			for (Map.Entry<String, CurrentUser> role : strangers.entrySet()) {
				MvcResult result = mvc.perform(get(list).with(as(role.getValue()))).andReturn();
				String body = result.getResponse().getContentAsString();
				assertThat(body).as(list + " as " + role.getKey()).doesNotContain(title).doesNotContain(unit)
					.doesNotContain(person).doesNotContain("06/KH-BATGT");
			}
		}
	}

	/**
	 * 403 or 404. A POST carries the usual fields (a version, a unit, a source campaign, a token, a reason), so that
	 * it reaches its handler and the policy rather than stop at a missing field. 400 (the request refused while its
	 * fields are bound, before the handler runs: nothing read, nothing written, the same answer whether the item
	 * exists or not) is counted apart and printed.
	 */
	private void assertRefused(RequestMethod method, String url, CurrentUser user) throws Exception {
		MvcResult result = mvc.perform(method == RequestMethod.GET ? get(url).with(as(user))
				: post(url).with(as(user)).with(csrf()).param("version", "0").param("unitIds", unitOfB)
					.param("sourceId", String.valueOf(campaign)).param("token", "seal").param("reason", "seal")
					.param("replaceEdits", "false")).andReturn();
		int status = result.getResponse().getStatus();
		if (status == 400) {
			BOUND.add(method + " " + url);
			return;
		}
		assertThat(status).as(method + " " + url + " status").isIn(403, 404);
	}

	private static final java.util.Set<String> BOUND = java.util.concurrent.ConcurrentHashMap.newKeySet();

	@org.junit.jupiter.api.AfterAll
	static void bound() {
		System.out.printf("Committee seal: %d endpoints answered 400 (refused while binding, before the handler): %s%n",
				BOUND.size(), new TreeSet<>(BOUND));
	}

	private record Endpoint(RequestMethod method, String pattern) {
	}

	/** Every GET and POST mapping whose path takes a variable, but the installation's shared reference data. */
	private List<Endpoint> endpointsWithIds() {
		TreeSet<String> seen = new TreeSet<>();
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.contains("{") || pattern.startsWith("/public") || SHARED.stream().anyMatch(pattern::startsWith)) {
					continue;
				}
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					if ((method == RequestMethod.GET || method == RequestMethod.POST) && seen.add(method + pattern)) {
						endpoints.add(new Endpoint(method, pattern));
					}
				}
			}
		}
		return endpoints;
	}

	/** The path with each variable replaced by the id of one of B's items of that kind (a test fails on a new kind). */
	private String resolve(String pattern) {
		StringBuilder url = new StringBuilder();
		int i = 0;
		while (i < pattern.length()) {
			if (pattern.charAt(i) != '{') {
				url.append(pattern.charAt(i++));
				continue;
			}
			int depth = 0;
			int end = i;
			do { // a variable's regex may hold braces of its own: {key:\d{4}-\d{2}}
				depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
				end++;
			} while (depth > 0);
			String variable = pattern.substring(i + 1, end - 1);
			int colon = variable.indexOf(':');
			url.append(value(pattern, colon < 0 ? variable : variable.substring(0, colon),
					colon < 0 ? null : variable.substring(colon)));
			i = end;
		}
		return url.toString();
	}

	private String value(String pattern, String variable, String regex) {
		String c = String.valueOf(campaign);
		return switch (variable) {
			case "campaignId" -> c;
			case "id" -> idFor(pattern);
			case "reportId" -> pattern.contains("/summary-reports/")
					? one("select min(id) from summary_reports where campaign_id = " + c)
					: one("select coalesce((select min(r.id) from progress_reports r join report_evidence e "
							+ "on e.report_id = r.id where r.campaign_id = " + c + "), (select min(id) "
							+ "from progress_reports where campaign_id = " + c + "))");
			case "evidenceId" -> optional("select min(e.id) from report_evidence e join progress_reports r "
					+ "on e.report_id = r.id where r.campaign_id = " + c);
			case "scoreId" -> one("select min(id) from unit_scores where campaign_id = " + c);
			case "unitId" -> one("select min(unit_id) from target_registrations where campaign_id = " + c);
			case "spotId" -> one("select coalesce((select min(f.black_spot_id) from black_spot_files f join "
					+ "black_spots s on f.black_spot_id = s.id where s.committee_id = " + b + "), (select min(id) "
					+ "from black_spots where committee_id = " + b + "))");
			case "fileId" -> optional("select min(f.id) from black_spot_files f join black_spots s "
					+ "on f.black_spot_id = s.id where s.committee_id = " + b);
			case "exemplarId" -> one("select min(id) from exemplars where campaign_id = " + c);
			case "photoId" -> optional("select min(p.id) from exemplar_photos p join exemplars e "
					+ "on p.exemplar_id = e.id where e.campaign_id = " + c);
			case "replicationId" -> optional("select min(id) from exemplar_replications");
			case "proposalId" -> one("select min(id) from commendation_proposals where campaign_id = " + c);
			case "part" -> "ACHIEVEMENT_REPORT";
			case "submissionId" -> optional("select min(id) from upward_submissions where sender_committee_id = " + b
					+ " or receiver_committee_id = " + b);
			case "submissionFileId" -> optional("select min(f.id) from upward_submission_files f join upward_submissions s "
					+ "on f.submission_id = s.id where s.sender_committee_id = " + b + " or s.receiver_committee_id = " + b);
			case "keptId" -> optional("select min(id) from campaign_kept_files where campaign_id = " + c);
			case "taskAreaId" -> one("select min(id) from campaign_task_areas where campaign_id = " + c);
			case "periodId" -> one("select min(id) from campaign_periods where campaign_id = " + c);
			case "participantId" -> one("select min(id) from campaign_participants where campaign_id = " + c);
			case "targetId" -> optional("select min(t.id) from targets t join target_registrations r "
					+ "on t.registration_id = r.id where r.campaign_id = " + c);
			case "criterionId" -> optional("select min(k.id) from score_criteria k join score_tables t on k.table_id = t.id "
					+ "where t.campaign_id = " + c);
			case "gradeId" -> optional("select min(g.id) from score_grades g join score_tables t on g.table_id = t.id "
					+ "where t.campaign_id = " + c);
			case "exclusionId" -> optional("select min(x.id) from score_exclusions x");
			case "memberId" -> one("select min(id) from committee_members where committee_id = " + b);
			case "key" -> pattern.contains("/accidents/") ? "2024-07"
					: String.valueOf(jdbc.queryForObject("select min(section_key) from summary_sections", String.class));
			case "slug" -> "launch-plan";
			case "step" -> regex.substring(1).split("\\|")[0];
			default -> throw new AssertionError("no item of committee B for {" + variable + "} in " + pattern);
		};
	}

	private String idFor(String pattern) {
		if (pattern.startsWith("/admin/users/")) {
			return one("select min(id) from users where committee_id = " + b);
		}
		if (pattern.startsWith("/admin/units/")) {
			return one("select min(id) from units where committee_id = " + b);
		}
		if (pattern.startsWith("/admin/committees/")) {
			return String.valueOf(b);
		}
		if (pattern.startsWith("/notifications/")) {
			return optional("select min(n.id) from notifications n join users u on n.user_id = u.id "
					+ "where u.committee_id = " + b);
		}
		if (pattern.contains("/targets/suggestions/")) {
			return optional("select min(id) from suggested_indicators where campaign_id = " + campaign);
		}
		if (pattern.startsWith("/campaigns/")) {
			return String.valueOf(campaign);
		}
		throw new AssertionError("no item of committee B for {id} in " + pattern);
	}

	/**
	 * An item that hangs under one of B's (a file, a photo, a criterion): the demo may have none of that kind, and
	 * then an id that exists nowhere stands in; the parent item in the same path is B's and is checked first.
	 */
	private String optional(String sql) {
		Long id = jdbc.queryForObject(sql, Long.class);
		return String.valueOf(id == null ? Long.MAX_VALUE : id);
	}

	private String one(String sql) {
		Long id = jdbc.queryForObject(sql, Long.class);
		assertThat(id).as(sql).isNotNull();
		return String.valueOf(id);
	}
}

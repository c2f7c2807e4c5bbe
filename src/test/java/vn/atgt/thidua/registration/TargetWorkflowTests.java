package vn.atgt.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.audit.AuditAction;
import vn.atgt.thidua.audit.AuditEntryRow;
import vn.atgt.thidua.audit.AuditService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.registration.TargetFixture.Movement;
import vn.atgt.thidua.registration.TargetFixture.RegistrationBuilder;
import vn.atgt.thidua.support.TestUsers;

/** The registration workflow through its screens and its service: draft, submit, return, fix, resubmit, approve, reopen. */
@ThiDuaIntegrationTest
class TargetWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TargetFixture fixture;

	@Autowired
	AuditService audit;

	@Autowired
	MutableClock clock;

	@Test
	void theWholeLoopRunsThroughTheScreensAndEveryStepIsInTheHistory() throws Exception {
		Movement m = fixture.movement();
		CurrentUser officer = fixture.officer(m.banBo());
		CurrentUser head = fixture.head(m.banBo());
		String unit = m.unitPage(m.banBo());

		mvc.perform(get(m.page()).with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa thực hiện")));
		mvc.perform(post(unit + "/targets").with(as(officer)).with(csrf())
			.param("taskAreaId", m.area(4).toString()).param("kind", "QUANTITATIVE")
			.param("indicatorName", "Số buổi tuyên truyền").param("unitOfMeasure", "buổi")
			.param("direction", "AT_LEAST").param("targetValue", "12").param("baselineValue", "15")
			.param("version", "0"))
			.andExpect(redirectedUrl(unit));
		mvc.perform(post(unit + "/targets").with(as(officer)).with(csrf())
			.param("taskAreaId", m.area(2).toString()).param("kind", "MILESTONE")
			.param("indicatorName", "Ra mắt mô hình “Cổng trường an toàn giao thông”").param("dueDate", "30/09/2024")
			.param("version", "0"))
			.andExpect(redirectedUrl(unit));

		RegistrationView draft = fixture.targets.registration(officer, m.campaignId(), m.banBo().id());
		assertThat(draft.status()).isEqualTo(RegistrationStatus.DRAFT);
		mvc.perform(post(unit + "/submit").with(as(officer)).with(csrf()).param("version", "" + draft.version()))
			.andExpect(status().isForbidden());
		mvc.perform(post(unit + "/submit").with(as(head)).with(csrf()).param("version", "" + draft.version()))
			.andExpect(redirectedUrl(unit));

		RegistrationView submitted = fixture.targets.registration(m.office(), m.campaignId(), m.banBo().id());
		Long sessions = submitted.targets().stream().filter(t -> t.indicatorName().equals("Số buổi tuyên truyền"))
			.findFirst().orElseThrow().id();
		mvc.perform(get(unit + "/return").with(as(m.office()))).andExpect(status().isOk());
		mvc.perform(post(unit + "/return").with(as(m.office())).with(csrf())
			.param("reason", "Chỉ tiêu tuyên truyền thấp hơn năm 2023 (15 buổi), đề nghị điều chỉnh")
			.param("comments[" + sessions + "]", "Đề nghị không thấp hơn 15 buổi.")
			.param("version", "" + submitted.version()))
			.andExpect(redirectedUrl(unit));

		Document page = Jsoup.parse(mvc.perform(get(m.page()).with(as(officer)))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-testid=registration-status]").text()).isEqualTo("Trả lại");
		assertThat(page.select("[data-testid=office-note]").text())
			.contains("Chỉ tiêu tuyên truyền thấp hơn năm 2023 (15 buổi), đề nghị điều chỉnh");
		assertThat(page.select("[data-testid=target-" + sessions + "] [data-testid=review-comment]").text())
			.contains("Đề nghị không thấp hơn 15 buổi.");

		TargetView shown = fixture.queries.target(officer, m.campaignId(), m.banBo().id(), sessions);
		mvc.perform(post(unit + "/targets/" + sessions + "/edit").with(as(officer)).with(csrf())
			.param("taskAreaId", m.area(4).toString()).param("kind", "QUANTITATIVE")
			.param("indicatorName", "Số buổi tuyên truyền").param("unitOfMeasure", "buổi")
			.param("direction", "AT_LEAST").param("targetValue", "15").param("baselineValue", "15")
			.param("version", "" + shown.version()))
			.andExpect(redirectedUrl(unit));
		RegistrationView fixed = fixture.targets.registration(head, m.campaignId(), m.banBo().id());
		mvc.perform(post(unit + "/submit").with(as(head)).with(csrf()).param("version", "" + fixed.version()))
			.andExpect(redirectedUrl(unit));
		RegistrationView resubmitted = fixture.targets.registration(m.office(), m.campaignId(), m.banBo().id());
		mvc.perform(post(unit + "/approve").with(as(m.office())).with(csrf())
			.param("version", "" + resubmitted.version()))
			.andExpect(redirectedUrl(unit));

		RegistrationView approved = fixture.targets.registration(officer, m.campaignId(), m.banBo().id());
		assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(approved.officeNote()).isNull();
		assertThat(approved.targets()).extracting(TargetView::reviewComment).containsOnlyNulls();
		assertThat(approved.history()).extracting(RegistrationTransitionRow::to).containsExactly(
				RegistrationStatus.DRAFT, RegistrationStatus.SUBMITTED, RegistrationStatus.RETURNED,
				RegistrationStatus.SUBMITTED, RegistrationStatus.APPROVED);
		assertThat(approved.history().get(2).reason())
			.isEqualTo("Chỉ tiêu tuyên truyền thấp hơn năm 2023 (15 buổi), đề nghị điều chỉnh");
		assertThat(approved.history().get(1).byUsername()).isEqualTo(head.username());
		assertThat(approved.standing().firstSubmittedAt()).isBefore(approved.standing().lastSubmittedAt());
		assertThat(fixture.targets.approvedTargets(m.campaignId(), m.banBo().id()))
			.extracting(TargetView::indicatorName, TargetView::targetValue)
			.anySatisfy(t -> {
				assertThat(t.toList().get(0)).isEqualTo("Số buổi tuyên truyền");
				assertThat((BigDecimal) t.toList().get(1)).isEqualByComparingTo("15");
			});

		assertThat(audit.historyOf("TargetRegistration", approved.id().toString()))
			.filteredOn(e -> e.action() == AuditAction.STATE_CHANGE)
			.extracting(AuditEntryRow::username)
			.containsExactly(head.username(), m.office().username(), head.username(), m.office().username());
		assertThat(audit.historyOf("Target", sessions.toString()))
			.extracting(AuditEntryRow::username).contains(officer.username(), m.office().username());

		mvc.perform(get(m.page()).with(as(officer)))
			.andExpect(content().string(containsString("data-testid=\"locked-note\"")))
			.andExpect(content().string(not(containsString("/edit\""))))
			.andExpect(content().string(containsString("Đã gửi → Đã duyệt")));
	}

	@Test
	void anApprovedRegistrationIsLockedUntilTheOfficeReopensItWithAReason() {
		Movement m = fixture.movement();
		RegistrationBuilder police = fixture.registration(m, m.police()).withTypicalTargets().approved();
		RegistrationView approved = police.view();
		TargetView first = approved.targets().get(0);

		assertThatThrownBy(() -> fixture.targets.addTarget(police.officer(), m.campaignId(), m.police().id(),
				TargetFixture.quantitative(m.area(5), "Số vụ TNGT", "vụ", 12)))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "target.notEditable.APPROVED");
		assertThatThrownBy(() -> fixture.targets.removeTarget(police.officer(), m.campaignId(), m.police().id(),
				first.id(), first.version()))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> fixture.targets.reopen(m.office(), m.campaignId(), m.police().id(),
				approved.version(), " "))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "target.reason.required");

		fixture.targets.reopen(m.office(), m.campaignId(), m.police().id(), approved.version(),
				"Bổ sung chỉ tiêu về kiểm tra nồng độ cồn theo chỉ đạo của Ban ATGT tỉnh");
		RegistrationView reopened = police.view();
		assertThat(reopened.status()).isEqualTo(RegistrationStatus.DRAFT);
		assertThat(reopened.officeNote()).startsWith("Bổ sung chỉ tiêu");
		assertThat(reopened.history()).last().satisfies(h -> {
			assertThat(h.from()).isEqualTo(RegistrationStatus.APPROVED);
			assertThat(h.reason()).startsWith("Bổ sung chỉ tiêu");
		});
		assertThat(fixture.targets.approvedTargets(m.campaignId(), m.police().id())).isEmpty();

		fixture.targets.addTarget(police.officer(), m.campaignId(), m.police().id(),
				TargetFixture.quantitative(m.area(5), "Số trường hợp vi phạm nồng độ cồn bị xử lý", "trường hợp", 350));
		fixture.targets.submit(police.head(), m.campaignId(), m.police().id(), police.view().version());
		assertThat(police.view().status()).isEqualTo(RegistrationStatus.SUBMITTED);
		assertThat(police.view().officeNote()).isNull();
	}

	@Test
	void onlyASubmittedRegistrationIsDecidedAndAnEmptyOneIsNotSubmitted() {
		Movement m = fixture.movement();
		RegistrationBuilder banBo = fixture.registration(m, m.banBo()).withTypicalTargets();
		assertThatThrownBy(() -> fixture.targets.approve(m.office(), m.campaignId(), m.banBo().id(),
				banBo.view().version()))
			.hasFieldOrPropertyWithValue("messageKey", "target.decide.notSubmitted");
		banBo.submitted();
		assertThatThrownBy(() -> fixture.targets.submit(banBo.head(), m.campaignId(), m.banBo().id(),
				banBo.view().version()))
			.hasFieldOrPropertyWithValue("messageKey", "target.submit.notEditable");

		RegistrationBuilder binhLu = fixture.registration(m, m.binhLu())
			.with(TargetFixture.quantitative(m.area(4), "Số buổi tuyên truyền", "buổi", 10));
		TargetView only = binhLu.view().targets().get(0);
		fixture.targets.removeTarget(binhLu.officer(), m.campaignId(), m.binhLu().id(), only.id(), only.version());
		assertThatThrownBy(() -> fixture.targets.submit(binhLu.head(), m.campaignId(), m.binhLu().id(),
				binhLu.view().version()))
			.hasFieldOrPropertyWithValue("messageKey", "target.submit.empty");
	}

	@Test
	void aSubmissionMadeFromAPageOlderThanTheLastEditIsRefused() {
		Movement m = fixture.movement();
		RegistrationBuilder banBo = fixture.registration(m, m.banBo()).withTypicalTargets();
		long seenByTheHead = banBo.view().version();
		banBo.with(TargetFixture.quantitative(m.area(6), "Số người được tập huấn sơ cứu", "người", 20));

		assertThatThrownBy(() -> fixture.targets.submit(banBo.head(), m.campaignId(), m.banBo().id(), seenByTheHead))
			.hasFieldOrPropertyWithValue("messageKey", "error.conflict");
		assertThat(banBo.view().status()).isEqualTo(RegistrationStatus.DRAFT);
	}

	@Test
	void lateDaysCountCalendarDaysInVietnamAfterTheDeadline() {
		Movement m = fixture.movement();
		fixture.setup.setDeadline(m.office(), m.campaignId(), LocalDate.of(2024, 7, 15), 0);
		submitAt(m, fixture.registration(m, m.police()), LocalDateTime.of(2024, 7, 15, 23, 30));
		submitAt(m, fixture.registration(m, m.banBo()), LocalDateTime.of(2024, 7, 18, 0, 15));
		fixture.registration(m, m.education()).withTypicalTargets();

		Map<Long, RegistrationStatusRow> rows = new java.util.HashMap<>();
		fixture.targets.registrationStatuses(m.campaignId()).forEach(r -> rows.put(r.unitId(), r));

		assertThat(rows).hasSize(4);
		assertThat(rows.get(m.police().id())).satisfies(r -> {
			assertThat(r.onTime()).isTrue();
			assertThat(r.lateDays()).isZero();
			assertThat(r.deadline()).isEqualTo(LocalDate.of(2024, 7, 15));
		});
		assertThat(rows.get(m.banBo().id())).satisfies(r -> {
			assertThat(r.late()).isTrue();
			assertThat(r.lateDays()).isEqualTo(3);
			assertThat(r.status()).isEqualTo(RegistrationStatus.SUBMITTED);
			assertThat(r.firstSubmittedAt()).isEqualTo(r.lastSubmittedAt());
		});
		assertThat(rows.get(m.education().id())).satisfies(r -> {
			assertThat(r.status()).isEqualTo(RegistrationStatus.DRAFT);
			assertThat(r.submitted()).isFalse();
			assertThat(r.late()).as("a draft is not in, and the deadline has passed").isTrue();
		});
		assertThat(rows.get(m.binhLu().id())).satisfies(r -> {
			assertThat(r.started()).isFalse();
			assertThat(r.registrationId()).isNull();
			assertThat(r.late()).isTrue();
		});
		assertThat(fixture.targets.registrationDeadline(m.campaignId())).contains(LocalDate.of(2024, 7, 15));
	}

	@Test
	void withoutADeadlineNobodyIsLateAndTheCountIsUnknown() {
		Movement m = fixture.movement();
		fixture.registration(m, m.police()).withTypicalTargets().submitted();
		assertThat(fixture.targets.registrationStatuses(m.campaignId()))
			.allSatisfy(r -> {
				assertThat(r.lateDays()).isNull();
				assertThat(r.late()).isFalse();
				assertThat(r.onTime()).isFalse();
			});
	}

	@Test
	void otherModulesReadApprovedTargetsAndTargetsByIdInOneGo() {
		Movement m = fixture.movement();
		Long sessions = fixture.suggest(m, 4, "Số buổi tuyên truyền lưu động", "buổi", TargetDirection.AT_LEAST);
		fixture.registration(m, m.police()).with(TargetFixture.picked(sessions, 24)).withTypicalTargets().approved();
		fixture.registration(m, m.education()).with(TargetFixture.picked(sessions, 40)).submitted();

		List<TargetView> approved = fixture.targets.approvedTargets(m.campaignId());
		assertThat(approved).extracting(TargetView::unitId).containsOnly(m.police().id());
		assertThat(approved).hasSize(4);
		TargetView picked = fixture.targets.approvedTargets(m.campaignId(), m.police().id()).stream()
			.filter(TargetView::isSuggested).findFirst().orElseThrow();
		assertThat(picked.taskAreaId()).isEqualTo(m.area(4));
		assertThat(picked.unitOfMeasure()).isEqualTo("buổi");
		assertThat(picked.direction()).isEqualTo(TargetDirection.AT_LEAST);
		assertThat(picked.position()).isEqualTo(1);
		TargetView milestone = approved.stream().filter(TargetView::isMilestone).findFirst().orElseThrow();
		assertThat(milestone.dueDate()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(milestone.targetValue()).isNull();

		List<Long> ids = approved.stream().map(TargetView::id).toList();
		assertThat(fixture.targets.targets(ids)).extracting(TargetView::id).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(fixture.targets.targets(List.of())).isEmpty();
	}

	@Test
	void aClosedCampaignShowsTheRegistrationButRefusesEveryChange() throws Exception {
		Movement m = fixture.movement();
		RegistrationBuilder banBo = fixture.registration(m, m.banBo()).withTypicalTargets();
		fixture.campaigns.close(TestUsers.STANDING_OFFICE, m.campaignId());

		assertThatThrownBy(() -> banBo.with(TargetFixture.quantitative(m.area(1), "Số văn bản", "văn bản", 2)))
			.hasFieldOrPropertyWithValue("messageKey", "campaign.closed");
		assertThatThrownBy(() -> fixture.targets.submit(banBo.head(), m.campaignId(), m.banBo().id(),
				banBo.view().version()))
			.hasFieldOrPropertyWithValue("messageKey", "campaign.closed");
		mvc.perform(get(m.unitPage(m.banBo())).with(as(banBo.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"closed-note\"")))
			.andExpect(content().string(not(containsString("data-testid=\"add-target-1\""))))
			.andExpect(content().string(not(containsString("data-testid=\"submit-box\""))));
	}

	private void submitAt(Movement m, RegistrationBuilder registration, LocalDateTime local) {
		registration.withTypicalTargets();
		CurrentUser head = registration.head();
		long version = registration.view().version();
		clock.setInstant(local.atZone(Formats.ZONE).toInstant());
		try {
			fixture.targets.submit(head, m.campaignId(), head.unitId(), version);
		}
		finally {
			clock.reset();
		}
	}
}

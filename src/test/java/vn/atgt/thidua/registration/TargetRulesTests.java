package vn.atgt.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.registration.internal.TargetRegistration;

/** The rules of a target and of a registration's workflow, without a database. */
class TargetRulesTests {

	static final Actor OFFICER = new Actor("canbo", "Lù Văn H", Instant.parse("2024-07-05T01:15:00Z"));
	static final Actor HEAD = new Actor("chutich", "Tẩn Văn K", Instant.parse("2024-07-05T09:30:00Z"));
	static final Actor OFFICE = new Actor("thuongtruc", "Phạm Thị Thường", Instant.parse("2024-07-08T03:00:00Z"));

	static TargetCommand quantitative(String unit, String baseline, String target) {
		return new TargetCommand(1L, TargetKind.QUANTITATIVE, null, "Số buổi tuyên truyền", unit,
				TargetDirection.AT_LEAST, baseline == null ? null : new BigDecimal(baseline),
				target == null ? null : new BigDecimal(target), null, null, null);
	}

	static java.util.List<String> keys(TargetCommand command) {
		return TargetRules.check(command).stream().map(e -> e.field() + ":" + e.messageKey()).toList();
	}

	@Test
	void aQuantitativeTargetNeedsAUnitADirectionAndANonNegativeValue() {
		assertThat(keys(quantitative("buổi", "15", "12"))).isEmpty();
		assertThat(keys(quantitative(" ", null, null)))
			.containsExactly("unitOfMeasure:target.unitOfMeasure.required", "targetValue:target.targetValue.required");
		assertThat(keys(quantitative("buổi", "-1", "-2")))
			.containsExactly("targetValue:target.value.negative", "baselineValue:target.value.negative");
		assertThat(keys(new TargetCommand(1L, TargetKind.QUANTITATIVE, null, "Số vụ TNGT", "vụ", null, null,
				BigDecimal.ONE, null, null, null)))
			.containsExactly("direction:target.direction.required");
	}

	@Test
	void aPercentageLiesBetweenZeroAndHundred() {
		assertThat(keys(quantitative("%", "100", "100"))).isEmpty();
		assertThat(keys(quantitative("%", "0", "100.01"))).containsExactly("targetValue:target.percent.range");
		assertThat(keys(quantitative("Phần trăm", "101", "50"))).containsExactly("baselineValue:target.percent.range");
		assertThat(keys(quantitative("lượt người", null, "1500"))).isEmpty();
		assertThat(TargetRules.isPercent(" % ")).isTrue();
		assertThat(TargetRules.isPercent("phan tram")).isTrue();
		assertThat(TargetRules.isPercent("vụ")).isFalse();
	}

	@Test
	void valuesFitTheColumnAndWeightsLieBetweenZeroAndHundred() {
		assertThat(keys(quantitative("lượt", null, "99999999999999.9999"))).isEmpty();
		assertThat(keys(quantitative("lượt", null, "100000000000000"))).containsExactly("targetValue:target.value.tooLarge");
		assertThat(keys(quantitative("lượt", null, "1.23456"))).containsExactly("targetValue:target.value.decimals");
		assertThat(keys(quantitative("lượt", null, "1.50000"))).isEmpty();
		TargetCommand heavy = new TargetCommand(1L, TargetKind.QUANTITATIVE, null, "Số buổi", "buổi",
				TargetDirection.AT_LEAST, null, BigDecimal.ONE, new BigDecimal("100.5"), null, null);
		assertThat(keys(heavy)).containsExactly("weight:target.weight.range");
	}

	@Test
	void aMilestoneNeedsADueDateAndKeepsNoValues() {
		TargetCommand undated = new TargetCommand(1L, TargetKind.MILESTONE, null, "Ra mắt mô hình", null, null, null,
				null, null, null, null);
		assertThat(keys(undated)).containsExactly("dueDate:target.dueDate.required");
		TargetCommand dated = new TargetCommand(1L, TargetKind.MILESTONE, null, "Ra mắt mô hình", "buổi",
				TargetDirection.AT_LEAST, BigDecimal.ONE, BigDecimal.TEN, null, LocalDate.of(2024, 9, 30), null);
		assertThat(keys(dated)).isEmpty();

		TargetRegistration registration = new TargetRegistration(1L, 2L, OFFICER);
		registration.addTarget(dated, OFFICER);
		assertThat(registration.getTargets().get(0).sameAs(new TargetCommand(1L, TargetKind.MILESTONE, null,
				"Ra mắt mô hình", null, null, null, null, null, LocalDate.of(2024, 9, 30), null))).isTrue();
	}

	@Test
	void aRegistrationMovesOnlyAlongItsWorkflow() {
		TargetRegistration registration = new TargetRegistration(1L, 2L, OFFICER);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.DRAFT);
		assertThatThrownBy(() -> registration.submit(HEAD)).hasFieldOrPropertyWithValue("messageKey",
				"target.submit.empty");
		registration.addTarget(quantitative("buổi", "15", "12"), OFFICER);
		assertThatThrownBy(() -> registration.approve(OFFICE)).hasFieldOrPropertyWithValue("messageKey",
				"target.decide.notSubmitted");

		registration.submit(HEAD);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
		assertThatThrownBy(() -> registration.addTarget(quantitative("lượt", null, "1"), OFFICER))
			.hasFieldOrPropertyWithValue("messageKey", "target.notEditable.SUBMITTED");
		assertThatThrownBy(() -> registration.returnForChanges(" ", Map.of(), OFFICE))
			.isInstanceOf(FieldException.class)
			.hasFieldOrPropertyWithValue("messageKey", "target.reason.required");
		assertThatThrownBy(() -> registration.reopen("Mở lại", OFFICE))
			.hasFieldOrPropertyWithValue("messageKey", "target.reopen.notApproved");

		registration.returnForChanges("Chỉ tiêu tuyên truyền thấp hơn năm 2023", Map.of(), OFFICE);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.RETURNED);
		registration.updateTarget(registration.getTargets().get(0), quantitative("buổi", "15", "15"), OFFICER);
		registration.submit(HEAD);
		registration.approve(OFFICE);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.APPROVED);
		assertThatThrownBy(() -> registration.removeTarget(registration.getTargets().get(0), OFFICER))
			.hasFieldOrPropertyWithValue("messageKey", "target.notEditable.APPROVED");

		registration.reopen("Bổ sung chỉ tiêu", OFFICE);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.DRAFT);
	}

	@Test
	void theSameNameTwiceInATaskAreaIsRefusedButNotAcrossTaskAreas() {
		TargetRegistration registration = new TargetRegistration(1L, 2L, OFFICER);
		registration.addTarget(quantitative("buổi", null, "12"), OFFICER);
		assertThatThrownBy(() -> registration.addTarget(new TargetCommand(1L, TargetKind.QUANTITATIVE, null,
				" SỐ BUỔI  tuyên truyền", "buổi", TargetDirection.AT_LEAST, null, BigDecimal.ONE, null, null, null),
				OFFICER))
			.hasFieldOrPropertyWithValue("messageKey", "target.indicatorName.duplicate");
		registration.addTarget(new TargetCommand(2L, TargetKind.QUANTITATIVE, null, "Số buổi tuyên truyền", "buổi",
				TargetDirection.AT_LEAST, null, BigDecimal.ONE, null, null, null), OFFICER);
		assertThat(registration.getTargets()).extracting(t -> t.getPosition()).containsExactly(1, 1);
	}

	@Test
	void lateDaysAreCalendarDaysInVietnamAfterTheDeadline() {
		LocalDate deadline = LocalDate.of(2024, 7, 15);
		LocalDate today = LocalDate.of(2024, 8, 1);
		Instant lateEvening = LocalDateTime.of(2024, 7, 15, 23, 59).atZone(Formats.ZONE).toInstant();
		Instant nextMorning = LocalDateTime.of(2024, 7, 16, 0, 1).atZone(Formats.ZONE).toInstant();

		assertThat(RegistrationLateness.lateDays(deadline, RegistrationStatus.SUBMITTED, lateEvening, today)).isZero();
		assertThat(RegistrationLateness.lateDays(deadline, RegistrationStatus.APPROVED, nextMorning, today)).isEqualTo(1);
		assertThat(RegistrationLateness.lateDays(deadline, RegistrationStatus.RETURNED, lateEvening, today)).isEqualTo(17);
		assertThat(RegistrationLateness.lateDays(deadline, null, null, LocalDate.of(2024, 7, 10))).isZero();
		assertThat(RegistrationLateness.lateDays(null, RegistrationStatus.SUBMITTED, nextMorning, today)).isNull();
	}
}

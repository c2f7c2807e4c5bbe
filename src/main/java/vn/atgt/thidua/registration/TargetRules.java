package vn.atgt.thidua.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.text.SearchText;

/**
 * The rules a target keeps, checked all at once so that a form or an import row shows every problem together: a name;
 * for a quantitative target a unit of measure, a direction and a target value, no negative value, a percentage
 * between 0 and 100; for a milestone a due date; a weight between 0 and 100. Field names are those of the target form.
 */
public final class TargetRules {

	public static final int NAME_MAX = 500;
	public static final int UNIT_MAX = 50;
	public static final int NOTE_MAX = 1000;
	/** NUMERIC(18, 4): fourteen digits before the decimal point, four after. */
	static final BigDecimal VALUE_LIMIT = new BigDecimal("1e14");
	static final int VALUE_DECIMALS = 4;
	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TargetRules() {
	}

	/** Every rule the command breaks; empty when it is a valid target. */
	public static List<FieldException> check(TargetCommand c) {
		List<FieldException> problems = new ArrayList<>();
		if (c.taskAreaId() == null) {
			problems.add(new FieldException("taskAreaId", "target.taskArea.required"));
		}
		if (c.kind() == null) {
			problems.add(new FieldException("kind", "target.kind.required"));
		}
		if (c.indicatorName() == null || c.indicatorName().isBlank()) {
			problems.add(new FieldException("indicatorName", "target.indicatorName.required"));
		}
		else if (c.indicatorName().strip().length() > NAME_MAX) {
			problems.add(new FieldException("indicatorName", "target.tooLong", NAME_MAX));
		}
		if (c.note() != null && c.note().strip().length() > NOTE_MAX) {
			problems.add(new FieldException("note", "target.tooLong", NOTE_MAX));
		}
		if (c.weight() != null && (c.weight().signum() < 0 || c.weight().compareTo(HUNDRED) > 0)) {
			problems.add(new FieldException("weight", "target.weight.range"));
		}
		else if (c.weight() != null && c.weight().stripTrailingZeros().scale() > 2) {
			problems.add(new FieldException("weight", "target.value.decimals", 2));
		}
		if (c.kind() == TargetKind.QUANTITATIVE) {
			if (c.unitOfMeasure() == null || c.unitOfMeasure().isBlank()) {
				problems.add(new FieldException("unitOfMeasure", "target.unitOfMeasure.required"));
			}
			else if (c.unitOfMeasure().strip().length() > UNIT_MAX) {
				problems.add(new FieldException("unitOfMeasure", "target.tooLong", UNIT_MAX));
			}
			if (c.direction() == null) {
				problems.add(new FieldException("direction", "target.direction.required"));
			}
			if (c.targetValue() == null) {
				problems.add(new FieldException("targetValue", "target.targetValue.required"));
			}
			value(problems, "targetValue", c.targetValue(), isPercent(c.unitOfMeasure()));
			value(problems, "baselineValue", c.baselineValue(), isPercent(c.unitOfMeasure()));
		}
		if (c.kind() == TargetKind.MILESTONE && c.dueDate() == null) {
			problems.add(new FieldException("dueDate", "target.dueDate.required"));
		}
		return problems;
	}

	/**
	 * Every rule the command breaks, with those only the campaign can tell: a task area of another campaign, a
	 * milestone due outside the campaign's dates (the form and the import show them all together).
	 */
	public static List<FieldException> check(CampaignView campaign, List<TaskAreaView> taskAreas, TargetCommand c) {
		List<FieldException> problems = new ArrayList<>(check(c));
		if (c.taskAreaId() != null && taskAreas.stream().noneMatch(a -> a.id().equals(c.taskAreaId()))) {
			problems.add(new FieldException("taskAreaId", "target.taskArea.unknown"));
		}
		if (c.dueDate() != null && !campaign.covers(c.dueDate())) {
			problems.add(new FieldException("dueDate", "target.dueDate.outside",
					Formats.DATE.format(campaign.startDate()), Formats.DATE.format(campaign.endDate())));
		}
		return problems;
	}

	private static void value(List<FieldException> problems, String field, BigDecimal value, boolean percent) {
		if (value == null) {
			return;
		}
		if (value.signum() < 0) {
			problems.add(new FieldException(field, "target.value.negative"));
		}
		else if (percent && value.compareTo(HUNDRED) > 0) {
			problems.add(new FieldException(field, "target.percent.range"));
		}
		else if (value.compareTo(VALUE_LIMIT) >= 0) {
			problems.add(new FieldException(field, "target.value.tooLarge"));
		}
		else if (value.stripTrailingZeros().scale() > VALUE_DECIMALS) {
			problems.add(new FieldException(field, "target.value.decimals", VALUE_DECIMALS));
		}
	}

	/** True for the unit of measure of a percentage: "%" or "phần trăm". */
	public static boolean isPercent(String unitOfMeasure) {
		if (unitOfMeasure == null) {
			return false;
		}
		String key = SearchText.key(unitOfMeasure);
		return key.equals("%") || key.equals("phan tram");
	}

	/** Two names of one task area are the same indicator when they differ only in case and spacing. */
	public static String nameKey(String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("vi-VN"));
	}
}

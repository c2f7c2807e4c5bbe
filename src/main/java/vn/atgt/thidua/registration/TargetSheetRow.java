package vn.atgt.thidua.registration;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import vn.atgt.thidua.common.format.VietnameseDateFormatter;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.xlsx.ImportCheck;
import vn.atgt.thidua.common.xlsx.SheetRow;

/**
 * One row of a registration sheet being checked: its problems go to the import's result, numbers and dates are read
 * the Vietnamese way.
 */
final class TargetSheetRow {

	private final SheetRow row;
	private final ImportCheck.Builder<TargetCommand> result;
	private final Set<String> columnsWithProblems = new HashSet<>();

	TargetSheetRow(SheetRow row, ImportCheck.Builder<TargetCommand> result) {
		this.row = row;
		this.result = result;
	}

	void problem(String column, String key, Object... args) {
		columnsWithProblems.add(column);
		result.problem(row.number(), column, key, args);
	}

	boolean hasProblemIn(String column) {
		return columnsWithProblems.contains(column);
	}

	BigDecimal number(String column) {
		try {
			return VietnameseNumbers.parse(row.text(column)).orElse(null);
		}
		catch (NumberFormatException e) {
			problem(column, "target.import.number", row.text(column));
			return null;
		}
	}

	LocalDate date(String column) {
		if (row.text(column).isEmpty()) {
			return null;
		}
		try {
			return new VietnameseDateFormatter().parse(row.text(column), TargetImportService.VI);
		}
		catch (ParseException e) {
			problem(column, "target.import.date", row.text(column));
			return null;
		}
	}
}

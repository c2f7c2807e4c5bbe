package vn.atgt.thidua.accident;

import java.time.LocalDate;

/** A rule of the dated catalogue: "Thông tư 26/2024/TT-BCA", in force from 15/08/2024 (an open end is null). */
public record AccidentRuleView(Long id, String code, String name, String summary, LocalDate validFrom,
		LocalDate validTo) {
}

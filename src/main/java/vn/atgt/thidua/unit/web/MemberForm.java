package vn.atgt.thidua.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.unit.CommitteeMemberRow;
import vn.atgt.thidua.unit.CommitteeRole;
import vn.atgt.thidua.unit.MemberCommand;

/** A person on the committee. */
record MemberForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String personName,
		@Size(max = 200, message = "{validation.tooLong}") String position,
		Long unitId,
		@NotNull(message = "{validation.required}") CommitteeRole role,
		Integer sortOrder,
		long version) {

	static MemberForm empty() {
		return new MemberForm("", "", null, CommitteeRole.MEMBER, 0, 0);
	}

	static MemberForm of(CommitteeMemberRow m) {
		return new MemberForm(m.personName(), m.position(), m.unitId(), m.role(), m.sortOrder(), m.version());
	}

	MemberCommand toCommand() {
		return new MemberCommand(personName.strip(), UnitForm.blankToNull(position), unitId, role,
				sortOrder == null ? 0 : sortOrder);
	}
}

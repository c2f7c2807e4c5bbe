package vn.atgt.thidua.unit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.unit.CommitteeMemberRow;

public interface CommitteeMemberRepository extends JpaRepository<CommitteeMember, Long> {

	@Query("select new vn.atgt.thidua.unit.CommitteeMemberRow(m.id, m.personName, m.position, m.unitId, u.name, "
			+ "m.role, m.sortOrder, m.version) from CommitteeMember m left join MemberUnit u on u.id = m.unitId "
			+ "where m.committeeId = :committeeId order by m.sortOrder, m.role, m.personName")
	List<CommitteeMemberRow> rows(@Param("committeeId") Long committeeId);
}

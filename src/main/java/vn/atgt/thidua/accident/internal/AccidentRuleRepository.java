package vn.atgt.thidua.accident.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.accident.AccidentRuleView;

public interface AccidentRuleRepository extends JpaRepository<AccidentRule, Long> {

	String VIEW = "select new vn.atgt.thidua.accident.AccidentRuleView(r.id, r.code, r.name, r.summary, r.validFrom, "
			+ "r.validTo) from AccidentRule r ";

	/** The rules of a purpose in force on some day between {@code from} and {@code to}, oldest first. */
	@Query(VIEW + "where r.purpose = :purpose and (r.validFrom is null or r.validFrom <= :to) "
			+ "and (r.validTo is null or r.validTo >= :from) order by r.validFrom nulls first, r.id")
	List<AccidentRuleView> inForce(@Param("purpose") RulePurpose purpose, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	@Query(VIEW + "where r.id = :id")
	AccidentRuleView view(@Param("id") Long id);
}

package vn.atgt.thidua.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.common.security.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	/**
	 * Notes a sign-in without raising the account's version: several sessions of one account signing in at the same
	 * moment (a shared office account, a phone and a desk) must not fail on each other, nor make an administrator's
	 * open edit form stale.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update UserAccount u set u.lastLoginAt = :at where u.username = :username")
	int recordSignIn(@Param("username") String username, @Param("at") java.time.Instant at);

	String FILTER = "from UserAccount u where u.committeeId = :committeeId "
			+ "and (:pattern is null or u.searchKey like :pattern) "
			+ "and (:unitId is null or u.unitId = :unitId) and (:active is null or u.active = :active) "
			+ "and (:role is null or :role member of u.roles) ";

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findByUsernameIn(Collection<String> usernames);

	@Query(value = "select u.id " + FILTER + "order by u.fullName, u.id", countQuery = "select count(u) " + FILTER)
	Page<Long> searchIds(@Param("committeeId") Long committeeId, @Param("pattern") String pattern, @Param("unitId") Long unitId, @Param("role") Role role,
			@Param("active") Boolean active, Pageable pageable);

	/** Active users of a unit holding a role (e.g. the unit's heads, to notify them). */
	@Query("select u from UserAccount u where u.unitId = :unitId and u.active = true and :role member of u.roles")
	List<UserAccount> activeOfUnitWithRole(@Param("unitId") Long unitId, @Param("role") Role role);

	/** Active users of a committee holding a role (e.g. its standing office). */
	@Query("select u from UserAccount u where u.committeeId = :committeeId and u.active = true "
			+ "and :role member of u.roles")
	List<UserAccount> activeWithRole(@Param("role") Role role, @Param("committeeId") Long committeeId);

	/** Active users holding a role anywhere (e.g. the standing office). */
	@Query("select u from UserAccount u where u.active = true and :role member of u.roles")
	List<UserAccount> activeWithRole(@Param("role") Role role);
}

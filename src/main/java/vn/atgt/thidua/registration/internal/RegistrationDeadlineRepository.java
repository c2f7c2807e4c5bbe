package vn.atgt.thidua.registration.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationDeadlineRepository extends JpaRepository<RegistrationDeadline, Long> {
}

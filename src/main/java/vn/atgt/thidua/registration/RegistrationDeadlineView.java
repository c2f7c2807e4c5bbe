package vn.atgt.thidua.registration;

import java.time.LocalDate;

/** The campaign's registration deadline (hạn đăng ký thi đua); {@code deadline} null when none is set. */
public record RegistrationDeadlineView(Long campaignId, LocalDate deadline, long version) {
}

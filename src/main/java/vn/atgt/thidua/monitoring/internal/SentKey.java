package vn.atgt.thidua.monitoring.internal;

import vn.atgt.thidua.monitoring.NotificationKind;

/** What one reminder was about: the item (a period, or the registration when {@code periodId} is null), unit, kind. */
public record SentKey(Long periodId, Long unitId, NotificationKind kind) {
}

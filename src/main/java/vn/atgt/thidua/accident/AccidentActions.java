package vn.atgt.thidua.accident;

/**
 * What the signed-in user may do with a campaign's accident figures, from {@link AccidentAccess#actions}: enter (or
 * correct) a month's figures, confirm a draft, reopen confirmed figures, import the police's sheet. For the
 * comparison page they are the campaign's (may she enter at all); for a month's page, that month's. The pages show
 * exactly these buttons.
 */
public record AccidentActions(boolean enter, boolean confirm, boolean reopen, boolean importSheet) {
}

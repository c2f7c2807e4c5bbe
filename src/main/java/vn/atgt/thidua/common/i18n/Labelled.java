package vn.atgt.thidua.common.i18n;

/**
 * An enum whose constants are shown to users: each has a message key ({@code role.ADMIN}) in every locale file; a
 * house test checks that they are all there. Templates write {@code #{${value.messageKey()}}}.
 */
public interface Labelled {

	String messageKey();
}

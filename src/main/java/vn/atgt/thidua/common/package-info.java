/**
 * What every module shares: the page layout and error pages, Vietnamese formatting of dates and numbers, paging,
 * accent-free search keys, the signed-in user's scope ({@link vn.atgt.thidua.common.security.CurrentUser}) and the
 * domain exceptions the web layer turns into messages. An open module: everyone may use all of it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.atgt.thidua.common;

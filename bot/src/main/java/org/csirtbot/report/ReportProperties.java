package org.csirtbot.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * About reports ({@code csirtbot.reports.*}).
 *
 * @param departmentField the ID of the custom Slack profile field that holds a person's department (such as
 *                        {@code Xf01ABCDE}; an admin sees it in the workspace's profile settings): each report then
 *                        keeps its reporter's department, for the report rates by department in {@code /api/metrics};
 *                        unset: not looked up
 */
@ConfigurationProperties("csirtbot.reports")
public record ReportProperties(String departmentField) {

    public boolean departmentsKnown() {
        return departmentField != null && !departmentField.isBlank();
    }
}

/**
 * Links between incidents (issue 15, central management): two incidents found later to belong together (the same
 * actor, the same campaign) linked both ways, logged in both logs; and merging one incident into another.
 * {@code slack}: {@code /incident link|unlink|merge}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "incident", "incident :: access", "incident :: room", "playbook", "storage", "storage :: links", "slack",
        "slack :: gateway"})
package org.csirtbot.links;

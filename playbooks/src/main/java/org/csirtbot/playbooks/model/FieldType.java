package org.csirtbot.playbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a field holds; the engine checks recorded values against it. */
public enum FieldType {
    @JsonProperty("string") STRING,
    @JsonProperty("text") TEXT,
    @JsonProperty("int") INT,
    @JsonProperty("bool") BOOL,
    @JsonProperty("enum") ENUM,
    @JsonProperty("datetime") DATETIME,
    @JsonProperty("duration") DURATION,
    @JsonProperty("ipv4") IPV4,
    @JsonProperty("ipv6") IPV6,
    @JsonProperty("cidr") CIDR,
    @JsonProperty("domain") DOMAIN,
    @JsonProperty("url") URL,
    @JsonProperty("email") EMAIL,
    @JsonProperty("md5") MD5,
    @JsonProperty("sha1") SHA1,
    @JsonProperty("sha256") SHA256,
    @JsonProperty("user") USER,
    @JsonProperty("host") HOST,
    @JsonProperty("file") FILE,
    @JsonProperty("attachment") ATTACHMENT
}

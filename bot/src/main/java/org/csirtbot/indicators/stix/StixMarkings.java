package org.csirtbot.indicators.stix;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.Tlp;
import org.csirtbot.indicators.Pap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The marking definitions the registry reads and writes, with the IDs their publishers gave them (OASIS
 * cti-stix-common-objects): TLP 2.0 (extension {@value #TLP_EXTENSION}, csirt-domain.md §5.9) and PAP (extension
 * {@value #PAP_EXTENSION}, the PAP marking definition for STIX 2.1). Neither is predefined by STIX 2.1, so a bundle
 * carries the definitions it uses and their extension definitions. TLP 1.0's predefined markings are read too, as
 * their TLP 2.0 successors (WHITE as CLEAR).
 */
final class StixMarkings {

    static final String TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    static final String PAP_EXTENSION = "extension-definition--f8d78575-edfd-406e-8e84-6162a8450f5b";
    /** The identity both extension definitions name as their creator. */
    private static final String PUBLISHER = "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SPECIFICATIONS =
            "https://github.com/oasis-open/cti-stix-common-objects/tree/master/extension-definition-specifications/";

    private static final Map<Tlp, String> TLP = Map.of(
            Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
    private static final Map<String, Tlp> TLP_1 = Map.of(
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED);
    private static final Map<Pap, String> PAP = Map.of(
            Pap.CLEAR, "marking-definition--ad15a0cd-55b6-4588-a14c-a66105329b92",
            Pap.GREEN, "marking-definition--c43594d1-4b11-4c59-93ab-1c9b14d53ce9",
            Pap.AMBER, "marking-definition--60f8932b-e51e-4458-b265-a2e8be9a80ab",
            Pap.RED, "marking-definition--740d36e5-7714-4c30-961a-3ae632ceee0e");
    /** PAP:WHITE, the name of PAP:CLEAR before TLP 2.0 renamed its own. */
    private static final String PAP_WHITE = "marking-definition--a3bea94c-b469-41dc-9cfe-d6e7daba7730";
    /** When each PAP marking definition was created, as published. */
    private static final Map<Pap, String> PAP_CREATED = Map.of(Pap.CLEAR, "2022-10-01T00:00:00.000Z",
            Pap.GREEN, "2022-10-09T00:00:00.000Z", Pap.AMBER, "2022-10-02T00:00:00.000Z",
            Pap.RED, "2022-10-06T00:00:00.000Z");

    private StixMarkings() {
    }

    static String id(Tlp tlp) {
        return TLP.get(tlp);
    }

    static String id(Pap pap) {
        return PAP.get(pap);
    }

    /** The TLP level a marking definition's ID stands for (TLP 2.0, or 1.0 read as 2.0). */
    static Optional<Tlp> tlp(String id) {
        return Arrays.stream(Tlp.values()).filter(t -> TLP.get(t).equals(id)).findFirst()
                .or(() -> Optional.ofNullable(TLP_1.get(id)));
    }

    static Optional<Pap> pap(String id) {
        return PAP_WHITE.equals(id) ? Optional.of(Pap.CLEAR)
                : Arrays.stream(Pap.values()).filter(p -> PAP.get(p).equals(id)).findFirst();
    }

    /** The level a marking of one of these extensions names in its extension ({@code tlp_2_0}, {@code pap}). */
    static String level(ObjectNode marking) {
        JsonNode tlp = marking.path("extensions").path(TLP_EXTENSION).path("tlp_2_0");
        return tlp.isTextual() ? tlp.asText() : marking.path("extensions").path(PAP_EXTENSION).path("pap").asText(null);
    }

    /** The TLP level as its marking writes it: {@code amber+strict}. */
    static String level(Tlp tlp) {
        return tlp.label().toLowerCase(java.util.Locale.ROOT);
    }

    static ObjectNode definition(Tlp tlp) {
        return marking(id(tlp), "2022-10-01T00:00:00.000Z", "TLP:" + tlp.label(), TLP_EXTENSION, "tlp_2_0",
                level(tlp));
    }

    static ObjectNode definition(Pap pap) {
        return marking(id(pap), PAP_CREATED.get(pap), pap.label(), PAP_EXTENSION, "pap",
                pap.name().toLowerCase(java.util.Locale.ROOT));
    }

    static ObjectNode tlpExtension() {
        return extension(TLP_EXTENSION, "TLP 2.0", "This defines TLP 2.0 as a STIX extension",
                "2022-10-01T00:00:00.000Z", SPECIFICATIONS + "tlp-2.0");
    }

    static ObjectNode papExtension() {
        return extension(PAP_EXTENSION, "PAP", "This defines PAP as a STIX extension", "2022-11-28T00:00:00.000Z",
                SPECIFICATIONS + "pap");
    }

    private static ObjectNode marking(String id, String created, String name, String extension, String property,
                                      String level) {
        ObjectNode marking = JSON.objectNode().put("type", "marking-definition").put("spec_version", "2.1")
                .put("id", id).put("created", created).put("name", name);
        marking.putObject("extensions").putObject(extension).put("extension_type", "property-extension")
                .put(property, level);
        return marking;
    }

    private static ObjectNode extension(String id, String name, String description, String created, String schema) {
        ObjectNode extension = JSON.objectNode().put("id", id).put("type", "extension-definition")
                .put("spec_version", "2.1").put("name", name).put("description", description)
                .put("created", created).put("modified", created).put("created_by_ref", PUBLISHER)
                .put("schema", schema).put("version", "1.0.0");
        extension.putArray("extension_types").add("property-extension");
        return extension;
    }
}

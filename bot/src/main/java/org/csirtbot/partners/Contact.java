package org.csirtbot.partners;

/** How to reach an organisation: a phone number, an e-mail address and a web form's URL, each empty until filled in. */
public record Contact(String phone, String email, String webForm) {

    public static final Contact EMPTY = new Contact("", "", "");

    public Contact {
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
        webForm = webForm == null ? "" : webForm;
    }

    /** Whether any way to reach them is filled in. */
    public boolean filled() {
        return !phone.isEmpty() || !email.isEmpty() || !webForm.isEmpty();
    }
}

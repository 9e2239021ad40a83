package org.govgraph.client.model;

/**
 * An event's contact, as its announcement gives it. A null component is left out of the request.
 *
 * @param organization the contact organization's name.
 * @param address the postal address.
 * @param email the e-mail address.
 * @param phone the telephone number.
 */
public record EventContactInput(String organization, String address, String email, String phone) implements GraphQlInput {

}

package dk.skolehjem.engine;

import java.time.LocalDate;

/**
 * Something a guardian asked the school for about their child, as the family may see it on "Mit barn": {@code what}
 * in Danish ("Anmodning om samtale"), the day it was {@code asked}, and its {@code status} in Danish as the process
 * knows it ("Venter på svar fra klasseteamet", "Aftalt tirsdag den 10. november 2026 kl. 15.00, Klasselokalet",
 * "Afsluttet"), never anything the school keeps to itself.
 */
public record FamilyRequest(String what, LocalDate asked, String status) {}

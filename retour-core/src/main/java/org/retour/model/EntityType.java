package org.retour.model;

/** The kinds of named things Retour finds. */
public enum EntityType { PERSON, ORGANIZATION, PLACE }

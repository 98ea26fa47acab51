package uk.lantern.cmeregister.register.domain;

public enum EntryStatus { ON_REGISTER, REMOVED }

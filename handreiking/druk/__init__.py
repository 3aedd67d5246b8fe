"""The print edition: the book (parts, numbering, contents, page references), paper
forms, tagging and the atomic write of the PDF, and the loose handouts."""
